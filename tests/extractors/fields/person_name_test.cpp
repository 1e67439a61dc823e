#include <gtest/gtest.h>

#include "extractors/person_name.hpp"

namespace vbtrack {
namespace {

// Names made up for the test; family and clan names from the lists a reader knows.
TEST(PersonName, MisreadFamilyNameTakesTheListedMarks) {
    EXPECT_EQ(respell_person_name("Nguyến Thị Lan"), "Nguyễn Thị Lan");
    EXPECT_EQ(respell_person_name("Trân Văn Bình"), "Trần Văn Bình");
    EXPECT_EQ(respell_person_name("Đởi Văn Tâm"), "Đới Văn Tâm");
    EXPECT_EQ(respell_person_name("Pham Minh Duc"), "Phạm Minh Duc");  // the given names are an open class
}

TEST(PersonName, ListedOrUnknownFamilyNamesStay) {
    EXPECT_EQ(respell_person_name("Lò Văn Hặc"), "Lò Văn Hặc");
    EXPECT_EQ(respell_person_name("Đoàn Thị Hoa"), "Đoàn Thị Hoa");
    // Đoàn and Doãn share their letters: a misread one could be either.
    EXPECT_EQ(respell_person_name("Đoán Thị Hoa"), "Đoán Thị Hoa");
    EXPECT_EQ(respell_person_name("Xyz Văn An"), "Xyz Văn An");
    EXPECT_EQ(respell_person_name("An"), "An");
}

// A minority family name read right is not "repaired" into the Kinh name with its letters.
TEST(PersonName, MinorityFamilyNamesStay) {
    EXPECT_EQ(respell_person_name("Giàng A Sử"), "Giàng A Sử");
    EXPECT_EQ(respell_person_name("Quảng Văn Tới"), "Quảng Văn Tới");
    EXPECT_EQ(respell_person_name("Đạo Thị Hạnh"), "Đạo Thị Hạnh");
    EXPECT_EQ(respell_person_name("Lồ Văn Páo"), "Lồ Văn Páo");
    EXPECT_EQ(respell_person_name("Điểu Văn Hùng"), "Điểu Văn Hùng");
    EXPECT_EQ(respell_person_name("Lỳ Thị Mai"), "Lỳ Thị Mai");
    EXPECT_EQ(respell_person_name("Lỷ A Sáu"), "Lỷ A Sáu");
    // The Kinh names with the same letters stay too.
    EXPECT_EQ(respell_person_name("Giang Văn Tới"), "Giang Văn Tới");
    EXPECT_EQ(respell_person_name("Đào Thị Hạnh"), "Đào Thị Hạnh");
    EXPECT_EQ(respell_person_name("Điêu Chính Tơi"), "Điêu Chính Tơi");
    EXPECT_EQ(respell_person_name("Lý Văn Sáu"), "Lý Văn Sáu");
    // A misread family name that fits only a minority one takes its marks.
    EXPECT_EQ(respell_person_name("Tấn Văn Lìu"), "Tẩn Văn Lìu");
    EXPECT_EQ(respell_person_name("Sung A Dế"), "Sùng A Dế");
    // Giàng and Giang share their letters: a misread one could be either.
    EXPECT_EQ(respell_person_name("Giáng A Sử"), "Giáng A Sử");
}

TEST(PersonName, HighlandsNameKeepsItsPrefixAndClan) {
    EXPECT_EQ(respell_person_name("Ý Ngông Nie"), "Y Ngông Niê");
    EXPECT_EQ(respell_person_name("Y Khoa Eban"), "Y Khoa Êban");
    EXPECT_EQ(respell_person_name("H'Linh Bya"), "H'Linh Byă");
    EXPECT_EQ(respell_person_name("Y Bhin Mlô"), "Y Bhin Mlô");
    // Without a known clan at the end "Ý" may be a given name: left as read.
    EXPECT_EQ(respell_person_name("Ý Thị Hồng"), "Ý Thị Hồng");
}

}  // namespace
}  // namespace vbtrack
