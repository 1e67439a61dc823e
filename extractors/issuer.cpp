#include "extractors/issuer.hpp"

#include "extractors/body_heads.hpp"
#include "extractors/fuzzy.hpp"
#include "extractors/school_names.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

bool starts_with_level(std::string_view line) {
    std::string f = folded(trim(line));
    for (std::string_view level : {"tinh ", "huyen ", "xa ", "thanh pho ", "thi xa ", "thi tran ", "quan ", "phuong "}) {
        if (f.rfind(level, 0) != 0) continue;
        // "TỈNH ỦY X" is a body of its own, not the place of the line above.
        return f.compare(level.size(), 2, "uy") != 0;
    }
    return false;
}

// Words of names whose second syllable is also a head word: a line that starts
// with "TRƯỜNG" under one that ends with "MÔI" is the tail of "môi trường".
constexpr std::string_view kCompoundsEndingInAHead[] = {
    "moi truong", "thi truong", "noi vu",    "thuong vu", "nghiep vu", "dich vu",   "nhiem vu",  "can bo",
    "dang bo",    "uy ban",     "xa hoi",    "quoc hoi",  "dai hoi",   "cong doan", "dang doan", "van phong",
    "quoc phong", "bien phong", "thong bao", "dam bao",   "uy vien",   "hoc vien",  "tong cuc",  "chi cuc"};

std::string last_word(std::string_view line) {
    std::vector<std::string> words = split_words(line);
    return words.empty() ? std::string() : folded(words.back());
}

// "Phòng" is also the verb "prevent": "BAN QUẢN LÝ RỪNG" / "PHÒNG HỘ X" is one
// name ("rừng phòng hộ", protection forest), and so is "BAN CHỈ ĐẠO" / "PHÒNG,
// CHỐNG ...".
constexpr std::string_view kPreventionPhrases[] = {"phong ho ",    "phong chong ", "phong, chong ", "phong ngua ",
                                                   "phong chay ",  "phong tranh ", "phong dich ",   "phong benh "};

bool starts_body_name(std::string_view line, std::string_view line_above) {
    // "BHXH TỈNH X", "LĐLĐ HUYỆN Y": an abbreviated head is read out first.
    const std::string f = folded(expand_abbreviations(trim(line))) + " ";
    const std::string pair = last_word(line_above) + " " + f.substr(0, f.find(' '));
    for (std::string_view compound : kCompoundsEndingInAHead)
        if (pair == compound) return false;
    for (std::string_view phrase : kPreventionPhrases)
        if (f.starts_with(phrase)) return false;
    // The bodies a header prints are named "<head> <what it does> <place>"; the heads folded, whole words.
    static const std::vector<std::string> heads = [] {
        std::vector<std::string> out;
        for (const BodyHead& h : body_heads())
            if (h.in_header) out.push_back(folded(h.name));
        return out;
    }();
    for (const std::string& head : heads)
        if (f.size() > head.size() && f.compare(0, head.size(), head) == 0 && f[head.size()] == ' ') return true;
    return false;
}

// A name that ends in its place ("UBND TỈNH SƠN LA") or, for a national body,
// in the country ("BHXH VIỆT NAM", "HỘI LHPN VIỆT NAM").
bool is_complete_name(const std::string& name) {
    return has_locality(official_case(name)) || folded(name).ends_with("viet nam");
}

// A line that is the place of issue alone ("KHO BẠC NHÀ NƯỚC" / "ĐẠI LỘC"): the
// date line names it (Nghị định 30: the place where the issuer sits), and its
// first word, however it folds ("ĐẠI" like "ĐÀI"), opens no body's name.
bool is_place_of_issue(std::string_view line, const std::string& date_place) {
    return !date_place.empty() && folded(collapse_spaces(trim(line))) == folded(date_place);
}

// "ỦY BAN NHÂN DÂN" + "TỈNH NGHỆ AN" is one name printed on two lines, and so is
// a long name wrapped inside its cell ("SỞ NÔNG NGHIỆP VÀ PHÁT" + "TRIỂN NÔNG
// THÔN"): a line that starts with no body's head word goes on the name above,
// unless that name is complete, ending in its place (a parent "UBND TỈNH X"
// above an issuer whose head word is missing from the list stays apart).
std::vector<std::string> header_units(const std::vector<std::string>& lines, const std::string& date_place) {
    std::vector<std::string> units;
    for (const auto& line : lines) {
        const bool opens_a_name = starts_body_name(line, units.empty() ? "" : units.back()) &&
                                  !is_place_of_issue(line, date_place);
        bool wrapped = !units.empty() && !opens_a_name && !is_complete_name(units.back());
        if (!units.empty() && (starts_with_level(line) || wrapped)) units.back() += " " + line;
        else units.push_back(line);
    }
    return units;
}

// The Youth Union's executive committee at a level is called by the level:
// "BCH ĐOÀN TỈNH BÌNH ĐỊNH" -> "Tỉnh đoàn Bình Định", as its own signature
// block ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN") and number symbol ("TĐTN") name it.
std::string youth_union_name(const std::string& cased) {
    const std::string f = folded(cased);
    std::size_t prefix = 0;
    for (std::string_view p : {"bch doan ", "ban chap hanh doan "})
        if (f.starts_with(p)) prefix = p.size();
    if (prefix == 0) return cased;
    for (const auto& [level, called] : {std::pair<std::string_view, std::string_view>{"tinh ", "Tỉnh đoàn "},
                                        {"huyen ", "Huyện đoàn "}, {"thanh pho ", "Thành đoàn "},
                                        {"thi xa ", "Thị đoàn "}, {"quan ", "Quận đoàn "}})
        if (f.compare(prefix, level.size(), level) == 0)
            return std::string(called) + cased.substr(fold(cased).origin[prefix + level.size()]);
    return cased;
}

std::string reader_form(std::string_view printed) {
    return youth_union_name(expand_abbreviations(official_case(printed)));
}

// A name that ends with the place of issue without a level ("Kho bạc Nhà nước
// đại lộc"): that place, spelled as the date line spells it; empty when it does
// not. Such a name is complete: the body above lends it no place of its own.
std::string with_place_of_issue(const std::string& name, const std::string& date_place) {
    if (date_place.empty() || has_locality(name)) return {};
    const std::string f = folded(name), place = folded(date_place);
    if (f.size() <= place.size() + 1 || !f.ends_with(" " + place)) return {};
    return name.substr(0, fold(name).origin[f.size() - place.size()]) + date_place;
}

// The name without its place: "Hội đồng nhân dân xã Sơn Vĩ" -> "Hội đồng nhân dân".
std::string without_place(const std::string& name) {
    std::string f = folded(name);
    for (std::string_view level : {" tinh ", " huyen ", " xa ", " thanh pho ", " thi xa ", " thi tran ", " quan ",
                                   " phuong "}) {
        std::size_t at = f.find(level);
        if (at != std::string::npos) return name.substr(0, fold(name).origin[at]);
    }
    return name;
}

// The place the date line names ("Hưng Yên, ngày 30 tháng 8 năm 2024" -> "Hưng Yên"),
// without the specks a scan leaves before it ("__ Đại Lộc, ngày ...").
std::string date_line_place(const DocumentText& text, const Layout& layout) {
    if (!layout.place_date) return {};
    std::string_view line = text.slice(*layout.place_date);
    std::size_t comma = line.find(',');
    return comma == std::string_view::npos ? std::string() : collapse_spaces(without_specks(line.substr(0, comma)));
}

// The issuer's place is the date line's (Nghị định 30: the place of issue is
// where the issuer sits), so a header word that OCR glued together ("BẢOLÂM")
// is that place when its letters are the date line's ("Bảo Lâm").
std::string with_place_unglued(const std::string& line, const std::string& date_place) {
    if (date_place.find(' ') == std::string::npos) return line;
    std::string glued = folded(date_place);
    std::erase(glued, ' ');
    std::vector<std::string> words = split_words(line);
    for (auto& word : words)
        if (folded(word) == glued) word = is_all_caps(word) ? to_upper(date_place) : date_place;
    return join_words(words);
}

// `unit` followed by its place (" tỉnh Ninh Thuận"). A unit that already ends
// with that level, named as the level's own ("Bệnh viện Đa khoa tỉnh", "Trung
// tâm Y tế huyện"), takes the place name alone: its level is not written twice.
std::string with_place(const std::string& unit, const std::string& place) {
    const std::string fu = folded(unit), fp = folded(place);
    for (std::string_view level : {" tinh", " huyen", " xa", " thanh pho", " thi xa", " thi tran", " quan", " phuong"})
        if (fp.starts_with(std::string(level) + ' ') && fu.ends_with(level))
            return unit + place.substr(fold(place).origin[level.size()]);
    return unit + place;
}

// An agency under a people's committee or a department is named with the place
// only (Nghị định 30: the first header line is the governing body, not part of
// the name): "UBND TỈNH KON TUM" / "BAN QUẢN LÝ KHU KINH TẾ" -> "Ban Quản lý Khu
// kinh tế tỉnh Kon Tum"; "SỞ NN&PTNT HƯNG YÊN" / "CHI CỤC ..." -> "Chi cục ...
// tỉnh Hưng Yên" (a Sở is provincial; its place is the one the date line gives).
// The committee's own office keeps the committee's name ("Văn phòng UBND tỉnh").
std::string place_of_agency(const std::string& unit, const std::string& parent, const std::string& date_place) {
    const std::string fu = folded(unit), fp = folded(parent);
    if (fu.starts_with("van phong")) return unit;
    if (fp.starts_with("uy ban nhan dan ")) {
        std::string head = without_place(parent);
        return head.size() < parent.size() ? with_place(unit, parent.substr(head.size())) : unit;
    }
    const std::string fd = folded(date_place);
    if (fp.starts_with("so ") && !has_locality(parent) && !fd.empty() && fp.size() > fd.size() &&
        fp.compare(fp.size() - fd.size(), fd.size(), fd) == 0)
        return with_place(unit, " tỉnh " + date_place);
    return unit;
}

// State administration: a people's committee and the ministries and
// departments under it. A Ban under them is an agency of its own ("Ban Quản lý
// Khu kinh tế tỉnh X"), not one of their organs.
bool is_state_administration(const std::string& superior) {
    const std::string f = folded(superior);
    for (std::string_view head : {"uy ban nhan dan", "bo ", "so ", "cuc ", "tong cuc ", "chi cuc "})
        if (f.starts_with(head)) return true;
    return false;
}

// An organ of its superior, named after it: its standing or executive committee
// ("Ban Thường trực" of a Mặt trận, "Ban Thường vụ"), its office ("Văn phòng");
// outside the state administration, its Ban and its inspection commission
// ("Ban Tuyên giáo" of a Tỉnh ủy, "Ban Pháp chế" of a HĐND, "Ủy ban Kiểm tra");
// and a Phòng of anything but a people's committee, whose Phòng are agencies
// ("Phòng Cảnh sát giao thông" of a Công an tỉnh, "Phòng Nghiệp vụ" of a Sở).
bool is_organ_of(const std::string& issuer, const std::string& superior) {
    const std::string f = folded(issuer);
    for (std::string_view leadership : {"ban thuong truc", "ban thuong vu", "ban chap hanh", "thuong truc", "van phong"})
        if (f.starts_with(leadership)) return true;
    if (f.starts_with("phong ")) return !folded(superior).starts_with("uy ban nhan dan");
    return !is_state_administration(superior) && (f.starts_with("ban ") || f.starts_with("uy ban kiem tra"));
}

// The place a superior's name ends with, its level word first ("Đảng bộ tỉnh
// Thái Nguyên" -> "tỉnh Thái Nguyên", "Tỉnh ủy Yên Bái" -> "tỉnh Yên Bái").
std::string place_phrase(const std::string& superior) {
    const std::string head = without_place(superior);
    if (head.size() < superior.size()) return std::string(trim(std::string_view(superior).substr(head.size())));
    const Localities places = localities_in(superior);
    return places.size() == 1 ? places.begin()->first + " " + places.begin()->second : std::string();
}

// Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW print the direct superior above the
// issuer; the issuer's name takes from it only its place ("Đảng ủy Khối Doanh
// nghiệp" under "Đảng bộ tỉnh Thái Nguyên" -> "... tỉnh Thái Nguyên"; "Cục X"
// under "Bộ Y tế" -> "Cục X"), except an organ of a committee, which is named
// after the committee ("Ban Tuyên giáo" under "Tỉnh ủy Yên Bái").
std::string name_under_superior(const std::string& issuer, const std::string& superior) {
    if (is_organ_of(issuer, superior)) return issuer + " " + superior;
    const std::string place = place_phrase(superior);
    return place.empty() ? issuer : issuer + " " + place;
}

// `body` followed by `name` when the words `body` ends with open `name`
// ("Ban Thường vụ Tỉnh đoàn" + "Tỉnh đoàn Quảng Trị"); empty when they share none.
std::string overlapped(const std::string& body, const std::string& name) {
    const std::vector<std::string> b = split_words(body), n = split_words(name);
    for (std::size_t k = std::min(b.size() - (b.empty() ? 0 : 1), n.size()); k > 0; --k) {
        bool same = true;
        for (std::size_t w = 0; w < k && same; ++w) same = folded(b[b.size() - k + w]) == folded(n[w]);
        if (same) return body + " " + join_words(n, k, n.size());
    }
    return {};
}

bool ends_with_folded(const std::string& text, const std::string& suffix) {
    std::string a = folded(text), b = folded(suffix);
    return a.size() >= b.size() && a.compare(a.size() - b.size(), b.size(), b) == 0;
}

// A body named in the signature only ("TM. THƯỜNG TRỰC HĐND"): the text names
// it with its place somewhere ("Thường trực HĐND xã Sơn Vĩ xây dựng ...").
std::string place_from_text(const DocumentText& text, std::string_view body) {
    std::string needle = folded(body);
    FoldedText f = fold(text.text());
    std::size_t at = f.folded.find(needle);
    while (at != std::string::npos) {
        std::size_t after = f.origin[at + needle.size()];
        const std::string_view all = text.text();
        std::string_view rest = all.substr(after, std::max(after, utf8::boundary_at_or_before(all, after + 80)) - after);
        rest = rest.substr(0, rest.find_first_of("\n,;.("));
        if (starts_with_level(trim(rest))) {
            Localities places = localities_in(rest);
            if (!places.empty()) {
                // Keep the level word and the place name only.
                std::string level = places.begin()->first, place = places.begin()->second;
                return level + " " + place;
            }
        }
        at = f.folded.find(needle, at + 1);
    }
    return {};
}

// A Chỉ thị or Quyết định of a people's committee signed "CHỦ TỊCH" with no
// TM. above it, or "KT. CHỦ TỊCH" by a deputy, is the chair's own act (Nghị
// định 30/2020: a collective body's documents are signed "TM."), issued by the
// Chủ tịch as a decision's competence line says. A council's resolution signed
// the same way stays the council's, and so does a committee's letter or plan
// that a deputy signs for the chair (the committee's name is in its number).
bool signed_by_the_chair(const std::optional<Authority>& authority, std::string_view position,
                         std::string_view doc_type, const std::string& issuer) {
    if (doc_type != "CT" && doc_type != "QĐ") return false;
    const bool chair_signs = !authority && folded(position) == "chu tich";
    const bool deputy_signs_for_the_chair =
        authority && authority->marker.starts_with("KT") && folded(authority->body) == "chu tich";
    return (chair_signs || deputy_signs_for_the_chair) && folded(issuer).starts_with("uy ban nhan dan ");
}

}  // namespace

std::optional<IssuerResult> find_issuer(const DocumentText& text, const Layout& layout,
                                        const std::optional<Authority>& authority, std::string_view signature_position,
                                        std::string_view doc_type) {
    IssuerResult out;
    for (const auto& span : layout.issuer_lines) out.issuer_lines.push_back(collapse_spaces(text.slice(span)));
    const std::string date_place = date_line_place(text, layout);
    std::vector<std::string> lines = out.issuer_lines;
    for (auto& line : lines) line = with_place_unglued(line, date_place);
    std::vector<std::string> units = header_units(lines, date_place);
    for (const auto& u : units)
        for (const auto& [level, place] : localities_in(official_case(u))) out.localities.emplace(level, place);

    std::string issuer;
    Finding<std::string>& found = out.issuer;
    if (!units.empty()) {
        issuer = reader_form(units.back());
        found.rule = "issuer.header";
        found.span = {layout.issuer_lines.front().begin, layout.issuer_lines.back().end};
        const std::string named_by_place = with_place_of_issue(issuer, date_place);
        if (!named_by_place.empty()) issuer = named_by_place;
        if (units.size() >= 2 && !has_locality(issuer) && !names_a_school(issuer) && named_by_place.empty()) {
            // A unit of its parent: "Văn phòng" of "UBND tỉnh Sơn La"; a department
            // takes only its parent's place ("Sở Nội vụ tỉnh Sơn La"). A school, or
            // a party cell of one, is complete with its own name, without the Sở,
            // Phòng or Đảng bộ printed above it.
            std::string parent = reader_form(units[units.size() - 2]);
            std::string completed = complete_locality(issuer, out.localities);
            if (completed == issuer) completed = place_of_agency(issuer, parent, date_place);
            issuer = completed != issuer ? completed : name_under_superior(issuer, parent);
            found.rule = "issuer.header_unit_of_parent";
        }
    }
    if (authority && is_collective(*authority)) {
        std::string body = reader_form(authority->body);
        std::string head = without_place(issuer);
        if (issuer.empty()) {
            std::string place = place_from_text(text, authority->body);
            if (place.empty()) place = place_from_text(text, official_case(authority->body));
            issuer = place.empty() ? body : body + " " + place;
            found.rule = "issuer.signature_authority";
            found.confidence = 0.7;
        } else if (ends_with_folded(body, head) && folded(body) != folded(head)) {
            // "Thường trực Hội đồng nhân dân" + "Hội đồng nhân dân xã X"
            FoldedText fb = fold(body);
            std::size_t cut = fb.origin[fb.folded.size() - folded(head).size()];
            issuer = body.substr(0, cut) + issuer;
            found.rule += "+signature_authority";
        } else if (std::string merged = overlapped(body, issuer); !merged.empty()) {
            issuer = merged;  // "Ban Thường vụ Tỉnh đoàn" + "Tỉnh đoàn Quảng Trị"
            found.rule += "+signature_authority";
        } else if (folded(issuer).find(folded(body)) == std::string::npos) {
            issuer = body + " " + issuer;  // "Ban Thường vụ" + "Huyện ủy Lục Ngạn"
            found.rule += "+signature_authority";
        }
        if (found.span.empty() && !layout.signature_lines.empty()) found.span = layout.signature_lines.front();
    }
    if (layout.competence_line) {
        issuer = complete_locality(reader_form(without_specks(text.line_text(*layout.competence_line))), out.localities);
        found.rule = "issuer.competence_line";
        found.span = text.lines()[*layout.competence_line].span;
        found.confidence = 1.0;
    } else if (signed_by_the_chair(authority, signature_position, doc_type, issuer)) {
        issuer = "Chủ tịch " + issuer;
        found.rule += "+chair_signature";
    }
    if (issuer.empty()) return std::nullopt;
    found.value = collapse_spaces(issuer);
    return out;
}

}  // namespace vbtrack
