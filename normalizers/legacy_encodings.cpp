#include "normalizers/legacy_encodings.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "normalizers/syllable.hpp"
#include "normalizers/utf8.hpp"
#include "normalizers/vietnamese_letters.hpp"

namespace vbtrack {
namespace {

// TCVN 5712:1993 (VN1) bytes 0x80–0xFF, from glibc's TCVN5712-1 charmap.
// The ABC fonts use 0xA1–0xFF (VN3); VN1 adds capitals where VN3 has none.
constexpr std::array<char32_t, 128> kTcvn3High = {
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,  // 0x80
    0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,  // 0x88
    0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,  // 0x90
    0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,  // 0x98
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,  // 0xA0
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,  // 0xA8
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,  // 0xB0
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,  // 0xB8
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,  // 0xC0
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,  // 0xC8
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,  // 0xD0
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,  // 0xD8
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,  // 0xE0
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,  // 0xE8
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,  // 0xF0
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,  // 0xF8
};

// VN1 capitals in C0 control positions (0x01 Ú, 0x02 Ụ, 0x04 Ừ, ...); the
// other control bytes keep their meaning.
char32_t tcvn3_control(unsigned char byte) {
    switch (byte) {
        case 0x01: return 0x00DA;
        case 0x02: return 0x1EE4;
        case 0x04: return 0x1EEA;
        case 0x05: return 0x1EEC;
        case 0x06: return 0x1EEE;
        case 0x11: return 0x1EE8;
        case 0x12: return 0x1EF0;
        case 0x13: return 0x1EF2;
        case 0x14: return 0x1EF6;
        case 0x15: return 0x1EF8;
        case 0x16: return 0x00DD;
        case 0x17: return 0x1EF4;
        default: return byte;
    }
}

// Windows-1252 0x80–0x9F (Unicode's cp1252 mapping; the five unassigned bytes map to C1 controls).
constexpr std::array<char32_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

std::string to_nfc(const std::u32string& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                                static_cast<int32_t>(text.size()));
    std::string out;
    if (U_SUCCESS(status)) nfc->normalize(unicode, status).toUTF8String(out);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("Unicode normalization failed: ") + u_errorName(status));
    return out;
}

std::string to_utf8(const std::u32string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 2);
    for (char32_t c : text) utf8::append(out, c);
    return out;
}

// ---- VNI -------------------------------------------------------------------

// What a VNI byte means after a vowel: a tone, a vowel mark, or both.
struct VniMark {
    bool circumflex = false, breve = false;
    Tone tone = Tone::none;
};

std::optional<VniMark> vni_mark(unsigned char byte) {
    switch (byte | 0x20) {  // marks come in a lowercase and a capital form 0x20 apart
        case 0xF9: return VniMark{false, false, Tone::acute};   // ù
        case 0xF8: return VniMark{false, false, Tone::grave};   // ø
        case 0xFB: return VniMark{false, false, Tone::hook};    // û
        case 0xF5: return VniMark{false, false, Tone::tilde};   // õ
        case 0xEF: return VniMark{false, false, Tone::dot};     // ï
        case 0xE2: return VniMark{true, false, Tone::none};     // â
        case 0xE1: return VniMark{true, false, Tone::acute};    // á
        case 0xE0: return VniMark{true, false, Tone::grave};    // à
        case 0xE5: return VniMark{true, false, Tone::hook};     // å
        case 0xE3: return VniMark{true, false, Tone::tilde};    // ã
        case 0xE4: return VniMark{true, false, Tone::dot};      // ä
        case 0xEA: return VniMark{false, true, Tone::none};     // ê
        case 0xE9: return VniMark{false, true, Tone::acute};    // é
        case 0xE8: return VniMark{false, true, Tone::grave};    // è
        case 0xFA: return VniMark{false, true, Tone::hook};     // ú
        case 0xFC: return VniMark{false, true, Tone::tilde};    // ü
        case 0xEB: return VniMark{false, true, Tone::dot};      // ë
        default: return std::nullopt;
    }
}

// Letters VNI writes as one byte: ơ ư đ, and i / y with a tone.
std::optional<char32_t> vni_single(unsigned char byte) {
    const bool upper = byte < 0xE0;
    auto vowel = [upper](Vowel v, Tone t) { return compose_vowel(v, t, upper); };
    switch (byte | 0x20) {
        case 0xF1: return upper ? U'Đ' : U'đ';                // ñ
        case 0xF4: return vowel(Vowel::o_horn, Tone::none);   // ô
        case 0xF6: return vowel(Vowel::u_horn, Tone::none);   // ö
        case 0xEC: return vowel(Vowel::i, Tone::grave);       // ì
        case 0xED: return vowel(Vowel::i, Tone::acute);       // í
        case 0xE6: return vowel(Vowel::i, Tone::hook);        // æ
        case 0xF3: return vowel(Vowel::i, Tone::tilde);       // ó
        case 0xF2: return vowel(Vowel::i, Tone::dot);         // ò
        case 0xEE: return vowel(Vowel::y, Tone::dot);         // î
        default: return std::nullopt;
    }
}

// The letter `base` + `mark` make, if VNI has it (â ê ô take a circumflex, ă a breve).
std::optional<char32_t> apply_vni_mark(char32_t base, const VniMark& mark) {
    auto letter = analyze_vowel(base);
    if (!letter || letter->tone != Tone::none) return std::nullopt;
    Vowel vowel = letter->vowel;
    if (mark.circumflex) {
        if (vowel == Vowel::a) vowel = Vowel::a_circumflex;
        else if (vowel == Vowel::e) vowel = Vowel::e_circumflex;
        else if (vowel == Vowel::o) vowel = Vowel::o_circumflex;
        else return std::nullopt;
    } else if (mark.breve) {
        if (vowel != Vowel::a) return std::nullopt;
        vowel = Vowel::a_breve;
    } else if (vowel == Vowel::i || (vowel == Vowel::y && mark.tone == Tone::dot)) {
        return std::nullopt;  // VNI has single bytes for these
    }
    return compose_vowel(vowel, mark.tone, letter->upper);
}

// ---- VIQR ------------------------------------------------------------------

std::optional<Tone> viqr_tone(char32_t c) {
    switch (c) {
        case U'\'': return Tone::acute;
        case U'`': return Tone::grave;
        case U'?': return Tone::hook;
        case U'~': return Tone::tilde;
        case U'.': return Tone::dot;
        default: return std::nullopt;
    }
}

std::optional<Vowel> viqr_modified(Vowel vowel, char32_t mark) {
    if (mark == U'^') {
        if (vowel == Vowel::a) return Vowel::a_circumflex;
        if (vowel == Vowel::e) return Vowel::e_circumflex;
        if (vowel == Vowel::o) return Vowel::o_circumflex;
    } else if (mark == U'(' && vowel == Vowel::a) {
        return Vowel::a_breve;
    } else if (mark == U'+') {
        if (vowel == Vowel::o) return Vowel::o_horn;
        if (vowel == Vowel::u) return Vowel::u_horn;
    }
    return std::nullopt;
}

bool is_viqr_mark(char32_t c) { return viqr_tone(c) || c == U'^' || c == U'(' || c == U'+'; }

bool is_ascii_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

bool is_letter(char32_t c) { return is_ascii_letter(c) || c == U'đ' || c == U'Đ' || analyze_vowel(c).has_value(); }

// "I." and "VI." number headings and "A." is an initial: they are not "Ị", "VỊ", "Ạ".
bool is_heading_number_or_initial(std::u32string_view word) {
    const bool roman = std::all_of(word.begin(), word.end(), [](char32_t c) { return std::u32string_view(U"IVXLCDM").find(c) != std::u32string_view::npos; });
    return roman || (word.size() == 1 && word[0] >= U'A' && word[0] <= U'Z');
}

// "ha." is hạ, "sau." ends a sentence: a tone that ends the word counts when
// it leaves a Vietnamese syllable whose mark sits where one of the two
// tone-mark styles puts it.
bool well_marked_word(std::u32string_view word) {
    auto parts = parse_syllable(word);
    return parts && parts->tone_at && (*parts->tone_at == parts->canonical_tone_at || is_other_style_placement(word, *parts));
}

}  // namespace

std::string_view encoding_name(LegacyEncoding encoding) {
    switch (encoding) {
        case LegacyEncoding::windows1258: return "windows-1258";
        case LegacyEncoding::tcvn3: return "tcvn3";
        case LegacyEncoding::vni: return "vni";
        case LegacyEncoding::viqr: return "viqr";
    }
    return "unknown";
}

char32_t tcvn3_char(unsigned char byte) { return byte >= 0x80 ? kTcvn3High[byte - 0x80] : tcvn3_control(byte); }

char32_t windows1252_char(unsigned char byte) { return byte >= 0x80 && byte < 0xA0 ? kWindows1252High[byte - 0x80] : byte; }

std::optional<unsigned char> windows1252_byte(char32_t c) {
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return static_cast<unsigned char>(c);
    for (std::size_t i = 0; i < kWindows1252High.size(); ++i) {
        if (kWindows1252High[i] == c) return static_cast<unsigned char>(0x80 + i);
    }
    return std::nullopt;
}

std::string decode_tcvn3(std::string_view bytes) {
    std::u32string text;
    text.reserve(bytes.size());
    for (char b : bytes) text += tcvn3_char(static_cast<unsigned char>(b));
    return to_nfc(text);  // 0xB0–0xB4 are combining marks
}

std::string decode_vni(std::string_view bytes) {
    std::u32string text;
    text.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte < 0x80) {
            text += byte;
            continue;
        }
        if (auto mark = vni_mark(byte); mark && !text.empty()) {
            if (auto letter = apply_vni_mark(text.back(), *mark)) {
                text.back() = *letter;
                continue;
            }
        }
        if (auto single = vni_single(byte)) {
            text += *single;
            continue;
        }
        text += windows1252_char(byte);
    }
    return to_utf8(text);
}

std::string decode_windows1258(std::string_view bytes) {
    const icu::UnicodeString unicode(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1258");
    if (unicode.isBogus()) throw std::runtime_error("ICU has no windows-1258 converter: reinstall libicu72");
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    std::string out;
    if (U_SUCCESS(status)) nfc->normalize(unicode, status).toUTF8String(out);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("Unicode normalization failed: ") + u_errorName(status));
    return out;
}

std::string decode_viqr(std::string_view utf8_text) {
    std::u32string input;
    input.reserve(utf8_text.size());
    for (std::size_t pos = 0; pos < utf8_text.size();) input += utf8::next(utf8_text, pos);

    std::u32string out;
    out.reserve(input.size());
    std::size_t word_begin = 0;      // where the current word starts in `out`
    bool last_is_markable = false;   // out.back() is a vowel that came from the input, not from an escape
    for (std::size_t i = 0; i < input.size(); ++i) {
        const char32_t c = input[i];
        const char32_t next = i + 1 < input.size() ? input[i + 1] : U' ';
        if (c == U'\\' && (is_viqr_mark(next) || next == U'd' || next == U'D')) {  // escaped: a literal character
            if (out.empty() || !is_letter(out.back())) word_begin = out.size();
            out += next;
            ++i;
            last_is_markable = false;
            continue;
        }
        const auto vowel = last_is_markable ? analyze_vowel(out.back()) : std::nullopt;
        if (vowel && is_viqr_mark(c)) {
            if (auto tone = viqr_tone(c)) {
                if (vowel->tone == Tone::none) {
                    const char32_t marked = compose_vowel(vowel->vowel, *tone, vowel->upper);
                    bool applies = is_letter(next);
                    if (!applies) {
                        std::u32string word = out.substr(word_begin);
                        const bool ambiguous = c == U'.' || c == U'?' || c == U'\'';
                        const bool heading = is_heading_number_or_initial(word);
                        word.back() = marked;
                        applies = !ambiguous || (!heading && well_marked_word(word));
                    }
                    if (applies) {
                        out.back() = marked;
                        continue;
                    }
                }
            } else if (vowel->tone == Tone::none && !has_vowel_mark(vowel->vowel)) {
                if (auto modified = viqr_modified(vowel->vowel, c)) {
                    out.back() = compose_vowel(*modified, Tone::none, vowel->upper);
                    continue;
                }
            }
        }
        const bool starts_word = out.empty() || !is_letter(out.back());
        // dd = đ at the start of a word; inside a word only as capitals (HDDND = HĐND), so "add" stays.
        if ((c == U'd' || c == U'D') && (next == U'd' || next == U'D') && (starts_word || (c == U'D' && next == U'D'))) {
            if (starts_word) word_begin = out.size();
            out += c == U'D' ? U'Đ' : U'đ';
            ++i;
            last_is_markable = false;
            continue;
        }
        if (is_letter(c) && starts_word) word_begin = out.size();
        out += c;
        last_is_markable = analyze_vowel(c).has_value();
    }
    return to_nfc(out);
}

std::string decode_misread(std::string_view utf8_text, LegacyEncoding encoding) {
    if (encoding == LegacyEncoding::viqr) return decode_viqr(utf8_text);
    // Recover the bytes; a character without a Windows-1252 byte was never a
    // legacy byte, so it passes through between decoded stretches.
    std::string result, bytes;
    auto flush = [&] {
        if (bytes.empty()) return;
        switch (encoding) {
            case LegacyEncoding::tcvn3: result += decode_tcvn3(bytes); break;
            case LegacyEncoding::vni: result += decode_vni(bytes); break;
            default: result += decode_windows1258(bytes); break;
        }
        bytes.clear();
    };
    for (std::size_t pos = 0; pos < utf8_text.size();) {
        const std::size_t begin = pos;
        const char32_t c = utf8::next(utf8_text, pos);
        if (auto byte = windows1252_byte(c)) {
            bytes += static_cast<char>(*byte);
        } else {
            flush();
            result.append(utf8_text.substr(begin, pos - begin));
        }
    }
    flush();
    return result;
}

}  // namespace vbtrack
