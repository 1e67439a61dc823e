#include "normalizers/normalize_text.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <array>
#include <optional>
#include <stdexcept>

#include "normalizers/syllable.hpp"
#include "normalizers/utf8.hpp"
#include "normalizers/vietnamese_letters.hpp"

namespace vbtrack {
namespace {

const icu::Normalizer2& nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC data unavailable: reinstall libicu72");
    return *instance;
}

std::string to_nfc(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
    nfc().normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr, status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("Unicode normalization failed: ") + u_errorName(status));
    return out;
}

// A character that can change under NFC: a combining mark, or one whose NFC
// quick-check is not "yes". Precomposed Vietnamese letters never are.
bool may_change_under_nfc(char32_t c) {
    return u_getCombiningClass(c) != 0 || u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES;
}

enum class Kind { letter, digit, space, newline, removed, hyphen, single_quote, double_quote, other };

constexpr bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// Characters with no visible form that Word, PDF extraction and web copies
// leave in text: they would split or glue syllables unseen.
constexpr bool is_removed(char32_t c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == 0xAD ||
           (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

constexpr Kind classify(char32_t c) {
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Kind::letter;
        if (c >= '0' && c <= '9') return Kind::digit;
        if (c == '\n' || c == '\r') return Kind::newline;
        if (is_space(c)) return Kind::space;
        if (is_removed(c)) return Kind::removed;
        return Kind::other;
    }
    if (is_space(c)) return Kind::space;
    if (is_removed(c)) return Kind::removed;
    if (c == 0x2028 || c == 0x2029) return Kind::newline;
    if ((c >= 0x2010 && c <= 0x2014) || c == 0x2212) return Kind::hyphen;
    if (c == 0x2018 || c == 0x2019 || c == 0x2032 || c == 0xB4) return Kind::single_quote;
    if (c == 0x201C || c == 0x201D || c == 0x2033) return Kind::double_quote;
    if (u_isalpha(c) || u_getCombiningClass(c) != 0) return Kind::letter;
    return Kind::other;
}

bool is_upper(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c) != 0; }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// A dash typed between the parts of a number or code ("01/KH–VPUB",
// "NĐ‑CP", "2023—2024") is a hyphen; between words ("kinh tế – xã hội") it is
// punctuation and stays, since a space separates it.
bool joins_code(char32_t before, char32_t after) {
    if (is_digit(before) || is_digit(after)) {
        const Kind b = classify(before), a = classify(after);
        return (b == Kind::digit || b == Kind::letter) && (a == Kind::digit || a == Kind::letter);
    }
    return is_upper(before) && is_upper(after);
}

// The kind of every ASCII byte, looked up rather than tested: most text is ASCII.
constexpr std::array<Kind, 128> kAsciiKinds = [] {
    std::array<Kind, 128> kinds{};
    for (char32_t c = 0; c < 128; ++c) kinds[c] = classify(c);
    return kinds;
}();

// Builds the output line by line, copying the input's bytes, and fixes each
// word's tone mark as the word ends.
class Cleaner {
public:
    explicit Cleaner(std::size_t size) { out_.reserve(size + size / 16); }

    // A non-ASCII letter; `vowel` when it is a Vietnamese vowel letter.
    void letter(std::string_view bytes, char32_t c, std::optional<VowelLetter> vowel) {
        start_word();
        if (vowel && vowel->tone != Tone::none) {
            // The only syllables whose mark moves: an o/u, then a/e/y with the tone (hoà, khoẻ, thuỷ).
            const bool after_o = previous_plain_vowel_ == 'o' && (vowel->vowel == Vowel::a || vowel->vowel == Vowel::e);
            const bool after_u = previous_plain_vowel_ == 'u' && vowel->vowel == Vowel::y;
            word_other_style_ |= after_o || after_u;
        }
        previous_plain_vowel_ = 0;
        out_.append(bytes);
        last_ = c;
    }
    void letter(unsigned char ascii) {
        start_word();
        const char lower = static_cast<char>(ascii | 0x20);
        previous_plain_vowel_ = lower == 'o' || lower == 'u' ? lower : 0;
        out_.push_back(static_cast<char>(ascii));
        last_ = ascii;
    }
    void other(unsigned char ascii) {
        end_word();
        flush_space();
        out_.push_back(static_cast<char>(ascii));
        last_ = ascii;
    }
    void space() {
        end_word();
        pending_space_ = !out_.empty() && out_.back() != '\n';
    }
    void newline() {
        end_word();
        pending_space_ = false;
        out_ += '\n';
        last_ = '\n';
    }
    void other(std::string_view bytes, char32_t c) {
        end_word();
        flush_space();
        out_.append(bytes);
        last_ = c;
    }
    void other(char32_t c) {
        std::string bytes;
        utf8::append(bytes, c);
        other(bytes, c);
    }
    char32_t last() const { return pending_space_ ? U' ' : last_; }

    std::string finish() {
        end_word();
        return std::move(out_);
    }

private:
    static constexpr std::size_t kNoWord = std::string::npos;

    void start_word() {
        if (word_begin_ != kNoWord) return;
        flush_space();
        word_begin_ = out_.size();
    }
    void flush_space() {
        if (pending_space_) out_ += ' ';
        pending_space_ = false;
    }
    void end_word() {
        if (word_other_style_) fix_tone_mark();
        word_begin_ = kNoWord;
        word_other_style_ = false;
        previous_plain_vowel_ = 0;
    }
    void fix_tone_mark() {
        const std::string_view encoded(out_.data() + word_begin_, out_.size() - word_begin_);
        word_.clear();
        for (std::size_t pos = 0; pos < encoded.size();) word_ += utf8::next(encoded, pos);
        if (!place_tone_mark(word_)) return;
        out_.resize(word_begin_);
        for (char32_t c : word_) utf8::append(out_, c);
    }

    std::string out_;
    std::u32string word_;
    std::size_t word_begin_ = kNoWord;
    bool word_other_style_ = false;  // the word may be in the other tone-mark style
    char previous_plain_vowel_ = 0;  // 'o' or 'u' when the last letter was one, without marks
    bool pending_space_ = false;
    char32_t last_ = '\n';
};

// Dashes and quotes between the parts of a number or code become ASCII.
void typographic(Cleaner& cleaner, std::string_view text, std::size_t pos, std::string_view bytes, char32_t c, Kind kind) {
    // The character after it, past the invisible ones that are removed: the
    // output has them gone, and normalizing it again must not fold the dash then.
    char32_t next = U' ';
    for (std::size_t peek = pos; peek < text.size();) {
        if (const char32_t c = utf8::next(text, peek); !is_removed(c)) {
            next = c;
            break;
        }
    }
    const bool between_digits = is_digit(cleaner.last()) && is_digit(next);
    if (kind == Kind::hyphen && joins_code(cleaner.last(), next)) cleaner.other("-", U'-');
    else if (kind == Kind::single_quote && between_digits) cleaner.other("'", U'\'');
    else if (kind == Kind::double_quote && between_digits) cleaner.other("\"", U'"');
    else cleaner.other(bytes, c);
}

// One pass over text that is NFC, or nullopt as soon as a character shows it may not be.
std::optional<std::string> clean(std::string_view text, bool known_nfc) {
    const VowelTable& vowels = VowelTable::get();
    Cleaner cleaner(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t begin = pos;
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            ++pos;
            switch (kAsciiKinds[byte]) {
                case Kind::letter: cleaner.letter(byte); break;
                case Kind::space: cleaner.space(); break;
                case Kind::newline:
                    if (byte == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
                    cleaner.newline();
                    break;
                case Kind::removed: break;
                default: cleaner.other(byte); break;
            }
            continue;
        }
        const char32_t c = utf8::next(text, pos);
        const std::string_view bytes = text.substr(begin, pos - begin);
        if (const auto vowel = vowels.analyze(c)) {  // the common case: a Vietnamese vowel letter
            cleaner.letter(bytes, c, vowel);
            continue;
        }
        if (!known_nfc && may_change_under_nfc(c)) return std::nullopt;
        switch (const Kind kind = classify(c)) {
            case Kind::letter: cleaner.letter(bytes, c, std::nullopt); break;
            case Kind::space: cleaner.space(); break;
            case Kind::newline: cleaner.newline(); break;
            case Kind::removed: break;
            case Kind::hyphen:
            case Kind::single_quote:
            case Kind::double_quote: typographic(cleaner, text, pos, bytes, c, kind); break;
            default:
                if (c == utf8::kReplacement) cleaner.other(c);  // a malformed byte becomes U+FFFD
                else cleaner.other(bytes, c);
                break;
        }
    }
    return cleaner.finish();
}

// The text without the characters clean() removes, and with malformed bytes
// as U+FFFD, as clean() would make them. NFC must not see removed characters:
// one between a letter and a combining mark ("e<U+200B><U+0301>") stops the two
// from composing, and removing it afterwards would leave the output
// decomposed; nor may dropping one join stray bytes around it into a character.
std::string without_removed(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();)
        if (const char32_t c = utf8::next(text, pos); !is_removed(c)) utf8::append(out, c);
    return out;
}

}  // namespace

std::string normalize_text(std::string_view input) {
    // Nearly all text already is NFC: clean it directly, and normalize first only when it is not.
    if (auto cleaned = clean(input, false)) return std::move(*cleaned);
    return *clean(to_nfc(without_removed(input)), true);
}

}  // namespace vbtrack
