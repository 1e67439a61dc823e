#include "extractors/layout_lines.hpp"

#include <cctype>

#include "extractors/vietnamese.hpp"

namespace vbtrack::layout_lines {

std::string_view without_stray_marks(std::string_view line) {
    std::size_t begin = line.find_first_not_of(kStrayMarks);
    if (begin == std::string_view::npos) return {};
    return line.substr(begin, line.find_last_not_of(kStrayMarks) - begin + 1);
}

bool ends_clause(std::string_view line) {
    line = trim(line);
    return !line.empty() && (line.back() == '.' || line.back() == ':' || line.back() == ';');
}

bool is_numbered_clause(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && (std::isdigit(static_cast<unsigned char>(line[i])) || line[i] == '.')) ++i;
    if (i < line.size() && line[i] == ')') ++i;
    return i > 1 && i < line.size() && line[i] == ' ' && (line[i - 1] == '.' || line[i - 1] == ')');
}

bool starts_with_folded(std::string_view line, std::string_view prefix) {
    return folded(trim(line).substr(0, prefix.size() * 3)).rfind(prefix, 0) == 0;
}

bool starts_with_digit(std::string_view line) {
    line = trim(line);
    return !line.empty() && std::isdigit(static_cast<unsigned char>(line.front()));
}

bool is_speck_line(std::string_view line) {
    int letters = 0;
    for (std::size_t pos = 0; pos < line.size() && letters < 2;)
        if (is_letter(utf8::next(line, pos))) ++letters;
    return letters < 2;
}

}  // namespace vbtrack::layout_lines
