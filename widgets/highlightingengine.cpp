// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightingengine.h"

// The only #ifdefs for KF6: widgets/CMakeLists.txt defines READOUT_HAVE_KSH (privately) and compiles
// the Ksh* sources only when CMake found KF6SyntaxHighlighting.
#ifdef READOUT_HAVE_KSH
#include "kshhighlightingengine.h"
#else
#include "builtinhighlightingengine.h"
#endif

namespace Readout
{

HighlightingEngine::~HighlightingEngine() = default;

std::unique_ptr<HighlightingEngine> createHighlightingEngine()
{
#ifdef READOUT_HAVE_KSH
    return std::make_unique<KshHighlightingEngine>();
#else
    return std::make_unique<BuiltinHighlightingEngine>();
#endif
}

} // namespace Readout
