// The number-and-symbol parser ("Số: 30/2020/NĐ-CP") on any text, line by
// line as the header finder calls it: spans lie inside the line, the symbol is
// not empty, and for UTF-8 input the symbol and its parts are UTF-8 too.
#include "extractors/number_symbol.hpp"
#include "tests/fuzz/fuzz_checks.hpp"

namespace {

void check_symbol(const vbtrack::Finding<std::string>& found, std::string_view line, std::size_t base, bool utf8_input) {
    using vbtrack::fuzz::check;
    check(found.span.begin >= base && found.span.begin < found.span.end && found.span.end <= base + line.size());
    check(!found.value.empty());
    const auto parts = vbtrack::split_number_symbol(found.value);
    if (!utf8_input) return;
    check(vbtrack::fuzz::is_valid_utf8(found.value));
    check(vbtrack::fuzz::is_valid_utf8(parts.number) && vbtrack::fuzz::is_valid_utf8(parts.type_code));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = vbtrack::fuzz::as_text(data, size);
    const bool utf8_input = vbtrack::fuzz::is_valid_utf8(text);
    constexpr std::size_t kBase = 7;
    for (std::size_t begin = 0; begin <= text.size();) {
        const std::size_t end = std::min(text.find('\n', begin), text.size());
        const std::string_view line = text.substr(begin, end - begin);
        if (auto found = vbtrack::find_number_line(line, kBase)) check_symbol(*found, line, kBase, utf8_input);
        if (auto found = vbtrack::number_symbol_at(line, 0, kBase)) check_symbol(*found, line, kBase, utf8_input);
        begin = end + 1;
    }
    vbtrack::split_number_symbol(text);
    return 0;
}
