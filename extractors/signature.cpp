#include "extractors/signature.hpp"

#include <array>
#include <cctype>

#include "extractors/official_names.hpp"
#include "extractors/person_name.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

struct Marker {
    std::string_view folded;   // as it may appear, folded
    std::string_view printed;  // the canonical form
};
// Longest first, so "tuq." wins over "tl." and "t/m" over "t.".
constexpr std::array<Marker, 16> kMarkers = {{
    {"tuq.", "TUQ."}, {"t.u.q.", "TUQ."}, {"t.m.", "TM."}, {"k.t.", "KT."}, {"t.l.", "TL."},
    {"t/m", "T/M"},   {"k/t", "K/T"},     {"t/l", "T/L"},  {"tm.", "TM."},  {"kt.", "KT."},
    {"tl.", "TL."},   {"tm ", "TM."},     {"kt ", "KT."},  {"tl ", "TL."},  {"tuq ", "TUQ."},
    {"q.", "Q."},
}};

// A name is a few capitalized words, not capitals throughout.
bool looks_like_name(std::string_view line) {
    line = trim(line);
    if (line.empty() || is_all_caps(line) || line.size() > 60) return false;
    int words = 0;
    std::size_t pos = 0;
    bool word_start = true;
    while (pos < line.size()) {
        char32_t c = utf8::next(line, pos);
        if (c == U' ') {
            word_start = true;
            continue;
        }
        if (word_start) {
            ++words;
            if (!is_upper(c)) return false;
        }
        word_start = false;
    }
    return words >= 2 && words <= 6;
}

// The officer ranks of the People's Army and the People's Public Security (Luật Sĩ quan
// QĐND, Luật Công an nhân dân), folded: a police or army signer's name line reads
// "Thượng tá Lò Văn A". The rank is the signer's grade, not part of the name.
constexpr std::string_view kOfficerRanks[] = {
    "dai tuong", "thuong tuong", "trung tuong", "thieu tuong", "dai ta", "thuong ta", "trung ta",
    "thieu ta",  "dai uy",       "thuong uy",   "trung uy",    "thieu uy", "chuan uy"};

// The name line without a rank before the name: "Thượng tá Lò Văn A" -> "Lò Văn A".
TextSpan without_rank(const DocumentText& text, TextSpan line) {
    std::string_view l = text.slice(line);
    std::size_t first = l.find_first_not_of(' ');
    std::size_t space = first == std::string_view::npos ? std::string_view::npos : l.find(' ', first);
    std::size_t second = space == std::string_view::npos ? std::string_view::npos : l.find(' ', space + 1);
    if (second == std::string_view::npos) return line;
    const std::string rank = folded(l.substr(first, second - first));
    for (std::string_view r : kOfficerRanks)
        if (rank == r) return {line.begin + second + 1, line.end};
    return line;
}

// A signature line without the specks a scan leaves around it ("Q. GIÁM ĐỐC -",
// "- Trịnh Thị Lan |", "_Bh'riu Thị Nương"): no line of the block begins or ends with them.
TextSpan line_without_specks(const DocumentText& text, TextSpan line) {
    const std::string_view whole = text.slice(line);
    const std::string_view kept = without_specks(whole);
    if (kept.empty()) return {line.begin, line.begin};
    const auto begin = line.begin + static_cast<std::size_t>(kept.data() - whole.data());
    return {begin, begin + kept.size()};
}

// "T/M BAN CHẤP HÀNH" read as "__T/M BAN CHẤP HÀNH" or "'LM BAN CHẤP HÀNH": specks
// before a marker, or a short token that is no Vietnamese syllable, then a
// collective body, on the first of two or more lines in capitals is a garbled
// "for the body" marker; the regime says how it is printed.
std::optional<Authority> garbled_collective_marker(std::string_view line, bool party) {
    line = trim(line);
    std::size_t start = 0;
    for (std::size_t next = 0; next < line.size(); start = next)
        if (is_letter(utf8::next(line, next))) break;
    line = line.substr(start);
    if (auto marker = parse_authority(line)) return marker;  // "__T/L BAN THƯỜNG VỤ": specks before it
    const std::size_t space = line.find(' ');
    if (space == std::string_view::npos || space > 4) return std::nullopt;
    std::string_view token = line.substr(0, space), body = trim(line.substr(space));
    if (!is_abbreviation(token) || !is_all_caps(body)) return std::nullopt;
    const std::string f = folded(body);
    for (std::string_view head : {"ban ", "uy ban", "thuong truc", "hoi dong", "dang uy", "dang doan"})
        if (f.starts_with(head)) return Authority{party ? "T/M" : "TM.", std::string(body)};
    return std::nullopt;
}

// A line that names an office: "PHÓ ...", "CHỦ TỊCH", "GIÁM ĐỐC", "BÍ THƯ", "CHÁNH ...",
// "QUYỀN ...", or a head of a unit ("TRƯỞNG PHÒNG", "ĐỘI TRƯỞNG", "CHI CỤC TRƯỞNG").
bool names_an_office(std::string_view line) {
    const std::vector<std::string> words = split_words(folded(line));
    for (std::string_view office : {"pho", "chu tich", "giam doc", "bi thu", "chanh", "quyen", "chu nhiem"})
        if (!words.empty() && (words[0] == office || join_words(words, 0, std::min<std::size_t>(2, words.size())) == office))
            return true;
    for (std::size_t k = 0; k < std::min<std::size_t>(3, words.size()); ++k)
        if (words[k] == "truong") return true;
    return false;
}

}  // namespace

std::optional<Authority> parse_authority(std::string_view line) {
    line = trim(line);
    std::string f = folded(line.substr(0, 8));
    for (const auto& m : kMarkers) {
        if (f.rfind(m.folded, 0) != 0) continue;
        // The folded prefix has one byte per code point; markers are ASCII, so bytes agree.
        // "KT. CHỦ TỊCH." from a scan: the body without the speck after it.
        std::string_view body = without_specks(line.substr(m.folded.size()));
        if (body.empty() || !is_all_caps(body)) return std::nullopt;
        return Authority{std::string(m.printed), std::string(body)};
    }
    return std::nullopt;
}

bool is_collective(const Authority& a) {
    if (a.marker == "TM." || a.marker == "T/M") return true;
    if (a.marker != "TL." && a.marker != "T/L" && a.marker != "TUQ.") return false;
    // By order of a body ("T/L BAN THƯỜNG VỤ"), not of a person ("TL. BỘ TRƯỞNG").
    std::string f = folded(a.body);
    for (std::string_view head : {"ban ", "uy ban", "thuong truc", "hoi dong", "dang doan", "ban can su"})
        if (f.rfind(head, 0) == 0) return true;
    return false;
}

std::optional<SignatureBlock> find_signature(const DocumentText& text, const Layout& layout) {
    if (layout.signature_lines.empty()) return std::nullopt;
    SignatureBlock out;
    std::vector<std::string_view> caps;
    std::optional<TextSpan> name_span;
    TextSpan span = layout.signature_lines.front();
    for (const auto& printed : layout.signature_lines) {
        const TextSpan line_span = line_without_specks(text, printed);
        std::string_view line = text.slice(line_span);
        if (line.empty()) continue;
        const TextSpan name_part = without_rank(text, line_span);
        if (is_all_caps(line) && !name_span) caps.push_back(line);
        else if (looks_like_name(text.slice(name_part))) name_span = name_part;
        span.end = printed.end;
    }
    if (caps.empty() && !name_span) return std::nullopt;
    Signer& signer = out.signer.value;
    std::size_t position_index = 0;
    // "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH": a deputy signs for the head who signs for the body.
    while (position_index < caps.size()) {
        auto authority = parse_authority(caps[position_index]);
        if (!authority && position_index == 0 && caps.size() >= 2)
            authority = garbled_collective_marker(caps[0], layout.regime == "party");
        if (!authority) break;
        if (!signer.authority.empty()) signer.authority += ", ";
        signer.authority += authority->marker + " " + official_case(authority->body);
        if (!out.authority) out.authority = std::move(authority);
        ++position_index;
    }
    if (position_index < caps.size()) {
        // A long position wraps over the lines up to the name ("ĐỘI TRƯỞNG" / "ĐỘI QUẢN LÝ NỢ VÀ" /
        // "CƯỠNG CHẾ NỢ THUẾ"), when its first line names an office (not the end of the authority's body).
        std::string position(caps[position_index]);
        for (std::size_t k = position_index + 1; k < caps.size() && names_an_office(caps[position_index]); ++k) {
            position += ' ';
            position.append(caps[k]);
        }
        signer.position = official_case(position);
    } else if (out.authority && (out.authority->marker == "KT." || out.authority->marker == "K/T")) {
        // Ký thay: the deputy signs for the head named in the authority line.
        signer.position = "Phó " + official_case(out.authority->body);
    } else if (out.authority && out.authority->marker == "Q.") {
        // Quyền: the acting head signs in the head's office.
        signer.position = "Quyền " + official_case(out.authority->body);
    }
    if (name_span) {
        signer.name = collapse_spaces(text.slice(*name_span));
        // The author's own text is the truth; OCR'd or repaired text may have lost the name's marks.
        if (text.source_at(*name_span) != TextSource::text_layer || text.repaired_at(*name_span))
            signer.name = respell_person_name(signer.name);
    }
    out.signer.span = span;
    out.signer.rule = name_span ? "signature.block" : "signature.block_without_name";
    out.signer.confidence = name_span && !caps.empty() ? 0.95 : 0.7;
    return out;
}

}  // namespace vbtrack
