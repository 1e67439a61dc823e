// tokenize on any bytes: tokens are in order, do not overlap, hold no white
// space, view exactly their byte range, and cover every non-space byte; number
// and date tokens start with a digit, numbers hold only digits and . , and
// syllables no digit.
#include <algorithm>

#include "normalizers/tokenizer.hpp"
#include "tests/fuzz/fuzz_checks.hpp"

namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using vbtrack::fuzz::check;
    const std::string_view text = vbtrack::fuzz::as_text(data, size);
    std::size_t covered_until = 0;
    for (const auto& token : vbtrack::tokenize(text)) {
        check(token.begin < token.end && token.end <= text.size());
        check(token.begin >= covered_until);
        // What lies between two tokens is white space only.
        const auto gap = text.substr(covered_until, token.begin - covered_until);
        check(std::all_of(gap.begin(), gap.end(), [](char c) { return is_ascii_space(c) || static_cast<unsigned char>(c) >= 0x80; }));
        check(token.text.data() == text.data() + token.begin && token.text.size() == token.end - token.begin);
        check(std::none_of(token.text.begin(), token.text.end(), is_ascii_space));
        if (token.kind == vbtrack::TokenKind::number || token.kind == vbtrack::TokenKind::date)
            check(token.text.front() >= '0' && token.text.front() <= '9');
        if (token.kind == vbtrack::TokenKind::number)
            check(std::all_of(token.text.begin(), token.text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; }));
        if (token.kind == vbtrack::TokenKind::syllable)
            check(std::none_of(token.text.begin(), token.text.end(), [](char c) { return c >= '0' && c <= '9'; }));
        covered_until = token.end;
    }
    const auto tail = text.substr(covered_until);
    check(std::all_of(tail.begin(), tail.end(), [](char c) { return is_ascii_space(c) || static_cast<unsigned char>(c) >= 0x80; }));
    return 0;
}
