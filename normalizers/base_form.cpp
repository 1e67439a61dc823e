#include "normalizers/base_form.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <stdexcept>

#include "normalizers/utf8.hpp"

namespace vbtrack {
namespace {

// For each code point of Latin-1 Supplement to Latin Extended Additional, the
// lower-case ASCII letter it is built on (from ICU's canonical decomposition),
// or 0. Built once; a lookup is what the restorer's inner loop can afford.
constexpr char32_t kFoldBegin = 0x00C0, kFoldEnd = 0x1F00;

const std::array<char, kFoldEnd - kFoldBegin>& fold_table() {
    static const auto table = [] {
        std::array<char, kFoldEnd - kFoldBegin> t{};
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
        if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalizer unavailable");
        for (char32_t c = kFoldBegin; c < kFoldEnd; ++c) {
            const icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
            const UChar32 first = u_tolower(decomposed.char32At(0));
            if (first >= 'a' && first <= 'z') t[c - kFoldBegin] = static_cast<char>(first);
        }
        t[U'đ' - kFoldBegin] = 'd';
        t[U'Đ' - kFoldBegin] = 'd';
        return t;
    }();
    return table;
}

char fold(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c);
    if (c >= kFoldBegin && c < kFoldEnd) return fold_table()[c - kFoldBegin];
    return 0;
}

}  // namespace

std::string base_form(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (std::size_t pos = 0; pos < word.size();) {
        const char32_t c = utf8::next(word, pos);
        if (const char folded = fold(c)) {
            out += folded;
        } else {
            utf8::append(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
        }
    }
    return out;
}

bool has_marks(std::string_view word) {
    for (std::size_t pos = 0; pos < word.size();) {
        const char32_t c = utf8::next(word, pos);
        if (c >= 0x80 && fold(c) != 0) return true;
    }
    return false;
}

}  // namespace vbtrack
