#include "normalizers/lm/spelling_group.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

#include "normalizers/lm/ngram_hash.hpp"

namespace vbtrack::lm {

std::string mark_free(std::string_view word) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalizer unavailable: reinstall libicu");
    const icu::UnicodeString decomposed =
        nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size()))), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU could not decompose a vocabulary word");
    icu::UnicodeString folded;
    for (std::int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        folded.append(c == U'đ' || c == U'Đ' ? UChar32{'d'} : u_tolower(c));
    }
    std::string out;
    folded.toUTF8String(out);
    return out;
}

std::uint32_t spelling_group_hash(std::string_view word) { return static_cast<std::uint32_t>(word_key(mark_free(word)) >> 32); }

}  // namespace vbtrack::lm
