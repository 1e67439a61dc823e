#include "pipeline/ingest/text_reader.hpp"

#include <fstream>
#include <sstream>

#include <unicode/unistr.h>

#include "normalizers/legacy_text.hpp"
#include "pipeline/core/errors.hpp"

namespace vbtrack {
namespace {

constexpr std::uintmax_t kMaxTextBytes = 64ull << 20;

std::string utf16_to_utf8(std::string_view bytes, bool big_endian) {
    std::u16string units;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        units.push_back(static_cast<char16_t>(big_endian ? (a << 8 | b) : (b << 8 | a)));
    }
    std::string out;
    icu::UnicodeString(units.data(), static_cast<int32_t>(units.size())).toUTF8String(out);
    return out;
}

}  // namespace

Document TextReader::read(const std::filesystem::path& path, const SourceInfo& source) const {
    if (source.size > kMaxTextBytes)
        throw InputError("the text file is larger than 64 MB; split it into documents of a normal size");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read the file; check its permissions");
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string bytes = buffer.str();

    Document document;
    document.source = source;
    std::string text;
    if (bytes.starts_with("\xFF\xFE")) text = utf16_to_utf8(std::string_view(bytes).substr(2), false);
    else if (bytes.starts_with("\xFE\xFF")) text = utf16_to_utf8(std::string_view(bytes).substr(2), true);
    else if (bytes.starts_with("\xEF\xBB\xBF")) text = bytes.substr(3);
    else {
        // No byte-order mark: UTF-8, or one of the legacy Vietnamese encodings, told apart
        // by which decoding gives the most valid syllables.
        DecodedText decoded = decode_legacy_bytes(bytes);
        text = std::move(decoded.utf8);
        if (decoded.encoding != "utf-8") document.quality.encoding = decoded.encoding;
    }
    document.pages.push_back(Page{1, TextSource::text_layer, false, "plain text", -1});
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t\f") == std::string::npos) continue;
        Paragraph p;
        p.raw_text = p.text = line;
        document.paragraphs.push_back(std::move(p));
    }
    return document;
}

}  // namespace vbtrack
