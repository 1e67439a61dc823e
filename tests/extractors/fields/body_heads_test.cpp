// The one list of the head nouns of bodies: the properties its readers rely on.
#include <gtest/gtest.h>

#include <set>

#include "extractors/body_heads.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {
namespace {

// A head whose words begin another head ("hội" of "hội đồng") comes after it, or
// the reader of sentences, which takes the first head that matches, would cut
// "Hội đồng nhân dân" to "Hội".
TEST(BodyHeads, ALongerHeadComesBeforeItsPrefix) {
    const auto heads = body_heads();
    for (std::size_t i = 0; i < heads.size(); ++i)
        for (std::size_t j = i + 1; j < heads.size(); ++j) {
            std::string_view earlier = heads[i].name, later = heads[j].name;
            bool prefix = later.size() > earlier.size() && later.starts_with(earlier) && later[earlier.size()] == ' ';
            EXPECT_FALSE(prefix) << "'" << later << "' must come before '" << earlier << "'";
        }
}

// Heads are matched against folded header lines and lower-cased sentence words:
// each is written once, in lower case, with its marks.
TEST(BodyHeads, LowerCaseAndListedOnce) {
    std::set<std::string_view> seen;
    for (const BodyHead& h : body_heads()) {
        EXPECT_EQ(to_lower(h.name), h.name);
        EXPECT_TRUE(seen.insert(h.name).second) << h.name;
        EXPECT_TRUE(h.in_header || h.in_sentence != BodyHead::InSentence::no) << h.name;
    }
    // Both readers know the common bodies; only a sentence names an office, only a header the Quốc hội.
    auto find = [](std::string_view name) {
        for (const BodyHead& h : body_heads())
            if (h.name == name) return &h;
        return static_cast<const BodyHead*>(nullptr);
    };
    ASSERT_TRUE(find("ủy ban") && find("chủ tịch") && find("quốc hội"));
    EXPECT_TRUE(find("ủy ban")->in_header);
    EXPECT_EQ(find("ủy ban")->in_sentence, BodyHead::InSentence::any_case);
    EXPECT_FALSE(find("chủ tịch")->in_header);
    EXPECT_EQ(find("quốc hội")->in_sentence, BodyHead::InSentence::no);
}

}  // namespace
}  // namespace vbtrack
