// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Readout
{

/// What went wrong, in words a user can act on. Never thrown: returned inside a Result.
struct Error {
    enum class Code {
        NotFound,
        Unreadable,
        Binary,
        Encoding,
        Malformed,
        TooLarge,
        Unsupported,
        WriteFailed,
        Cancelled,
    };
    Code code = Code::Malformed;
    QString message;
};

/// A value or an Error; the core's way to report failure without exceptions.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    [[nodiscard]] bool isOk() const
    {
        return m_value.has_value();
    }
    explicit operator bool() const
    {
        return isOk();
    }
    [[nodiscard]] const T &value() const &
    {
        return *m_value;
    }
    [[nodiscard]] T &value() &
    {
        return *m_value;
    }
    [[nodiscard]] T &&value() &&
    {
        return std::move(*m_value);
    }
    [[nodiscard]] const Error &error() const
    {
        return m_error;
    }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace Readout
