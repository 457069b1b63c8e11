// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer entry point; READOUT_FUZZ_TARGET (set per executable by CMake) picks the target.

#include "fuzztargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ReadoutFuzz::Target run = ReadoutFuzz::target(QStringLiteral(READOUT_FUZZ_TARGET));
    run(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
