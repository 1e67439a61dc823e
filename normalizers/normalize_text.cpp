#include "normalizers/normalize_text.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

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

// NFC, skipping the copy for text that already is (nearly all text).
std::string_view to_nfc(std::string_view text, std::string& buffer) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
    if (nfc().isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return text;
    status = U_ZERO_ERROR;
    buffer.clear();
    icu::StringByteSink<std::string> sink(&buffer, static_cast<int32_t>(text.size()));
    nfc().normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("Unicode normalization failed: ") + u_errorName(status));
    return buffer;
}

enum class Kind { letter, digit, space, newline, removed, hyphen, single_quote, double_quote, other };

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// Characters with no visible form that Word, PDF extraction and web copies
// leave in text: they would split or glue syllables unseen.
bool is_removed(char32_t c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == 0xAD ||
           (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

Kind classify(char32_t c) {
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

// Builds the output line by line, fixing each word's tone mark as it ends.
class Cleaner {
public:
    explicit Cleaner(std::size_t size) { out_.reserve(size + size / 16); }

    void letter(char32_t c) {
        if (word_begin_ == kNoWord) {
            flush_space();
            word_begin_ = out_.size();
        }
        if (const auto vowel = analyze_vowel(c)) {
            ++word_vowels_;
            word_toned_ |= vowel->tone != Tone::none;
        }
        emit(c);
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
    void other(char32_t c) {
        end_word();
        flush_space();
        emit(c);
    }
    char32_t last() const { return pending_space_ ? U' ' : last_; }

    std::string finish() {
        end_word();
        return std::move(out_);
    }

private:
    static constexpr std::size_t kNoWord = std::string::npos;

    void emit(char32_t c) {
        utf8::append(out_, c);
        last_ = c;
    }
    void flush_space() {
        if (pending_space_) out_ += ' ';
        pending_space_ = false;
    }
    void end_word() {
        if (word_begin_ != kNoWord && word_toned_ && word_vowels_ >= 2) fix_tone_mark();
        word_begin_ = kNoWord;
        word_vowels_ = 0;
        word_toned_ = false;
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
    int word_vowels_ = 0;
    bool word_toned_ = false;
    bool pending_space_ = false;
    char32_t last_ = '\n';
};

}  // namespace

std::string normalize_text(std::string_view input) {
    std::string nfc_buffer;
    const std::string_view text = to_nfc(input, nfc_buffer);
    Cleaner cleaner(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = utf8::next(text, pos);
        switch (classify(c)) {
            case Kind::letter:
                cleaner.letter(c);
                break;
            case Kind::space:
                cleaner.space();
                break;
            case Kind::newline:
                if (c == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
                cleaner.newline();
                break;
            case Kind::removed:
                break;
            case Kind::hyphen:
            case Kind::single_quote:
            case Kind::double_quote: {
                std::size_t peek = pos;
                const char32_t next = pos < text.size() ? utf8::next(text, peek) : U' ';
                const Kind kind = classify(c);
                const bool between_digits = is_digit(cleaner.last()) && is_digit(next);
                if (kind == Kind::hyphen && joins_code(cleaner.last(), next)) {
                    cleaner.other(U'-');
                } else if (kind == Kind::single_quote && between_digits) {
                    cleaner.other(U'\'');
                } else if (kind == Kind::double_quote && between_digits) {
                    cleaner.other(U'"');
                } else {
                    cleaner.other(c);
                }
                break;
            }
            case Kind::digit:
            case Kind::other:
                cleaner.other(c);
                break;
        }
    }
    return cleaner.finish();
}

}  // namespace vbtrack
