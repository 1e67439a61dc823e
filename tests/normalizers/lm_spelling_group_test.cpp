// The spelling groups that lay out the bigram filter's lines: every spelling
// of a syllable (marks, đ, case) in one group, other syllables apart.
#include <gtest/gtest.h>

#include "normalizers/lm/spelling_group.hpp"

namespace vbtrack::lm {
namespace {

TEST(LmSpellingGroupTest, CaseAndDAreOneGroupWithThePlainSyllable) {
    EXPECT_EQ(spelling_group_hash("Được"), spelling_group_hash("duoc"));
    EXPECT_EQ(spelling_group_hash("ĐUỐC"), spelling_group_hash("duoc"));
    EXPECT_EQ(spelling_group_hash("NGHỊ"), spelling_group_hash("nghi"));
    EXPECT_NE(spelling_group_hash("<num>"), spelling_group_hash("num"));
}

TEST(LmSpellingGroupTest, AllSpellingsOfASyllableShareAGroup) {
    const std::uint32_t group = spelling_group_hash("ke");
    for (const char* spelling : {"kê", "kế", "kề", "kể", "kễ", "kệ", "ké", "kè", "kẻ", "kẽ", "kẹ"})
        EXPECT_EQ(spelling_group_hash(spelling), group) << spelling;
    EXPECT_NE(spelling_group_hash("ka"), group);
    EXPECT_NE(spelling_group_hash("kem"), group);
}

}  // namespace
}  // namespace vbtrack::lm
