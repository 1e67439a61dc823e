#include "pipeline/core/format.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <string_view>

namespace vbtrack {
namespace {

bool starts_with(std::string_view data, std::string_view magic) { return data.substr(0, magic.size()) == magic; }

bool looks_like_text(std::string_view data) {
    if (starts_with(data, "\xEF\xBB\xBF") || starts_with(data, "\xFF\xFE") || starts_with(data, "\xFE\xFF"))
        return true;
    if (data.empty()) return true;
    // No NUL and few C0 controls other than tab/newline: text in some 8-bit or UTF-8 encoding.
    auto controls = std::count_if(data.begin(), data.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f';
    });
    return data.find('\0') == std::string_view::npos && controls * 100 <= static_cast<long>(data.size());
}

}  // namespace

Format detect_format(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::array<char, 4096> buffer{};
    in.read(buffer.data(), buffer.size());
    std::string_view head(buffer.data(), static_cast<std::size_t>(in.gcount()));

    if (starts_with(head, "%PDF-") || head.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Format::pdf;
    if (starts_with(head, "PK\x03\x04")) {
        // A .docx names its main part early in the central directory; checking the
        // name is enough here, the reader validates the package.
        return head.find("word/") != std::string_view::npos || path.extension() == ".docx" ? Format::docx
                                                                                            : Format::unknown;
    }
    if (starts_with(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return Format::doc;  // OLE2 compound file
    if (starts_with(head, "\x89PNG\r\n\x1A\n") || starts_with(head, "\xFF\xD8\xFF") || starts_with(head, "II*\0") ||
        starts_with(head, "MM\0*") || starts_with(head, "BM") || starts_with(head, "GIF8"))
        return Format::image;
    if (starts_with(head, "{\\rtf")) return Format::unknown;
    if (looks_like_text(head)) return Format::txt;
    return Format::unknown;
}

}  // namespace vbtrack
