#include <gtest/gtest.h>

#include "extractors/dates.hpp"

namespace vbtrack {
namespace {

std::string first_date(std::string_view text) {
    auto found = find_date(text);
    return found ? found->value.iso() : "<none>";
}

TEST(Dates, WrittenForms) {
    EXPECT_EQ(first_date("Hà Giang, ngày 08 tháng 3 năm 2021"), "2021-03-08");
    EXPECT_EQ(first_date("ban hành ngày 5/3/2024 về"), "2024-03-05");
    EXPECT_EQ(first_date("05-3-2024"), "2024-03-05");
    EXPECT_EQ(first_date("ngày 09.4.2019"), "2019-04-09");
}

TEST(Dates, OcrDamagedWords) {
    EXPECT_EQ(first_date("Son La, ngdy 04 thang 01 ndam 2023"), "2023-01-04");
    EXPECT_EQ(first_date("Lang Son, ngay 1 thang 12 nam 2020"), "2020-12-01");
}

TEST(Dates, NotDates) {
    EXPECT_EQ(first_date("31/4/2023"), "<none>");
    EXPECT_EQ(first_date("29/2/2023"), "<none>");
    EXPECT_EQ(first_date("diện tích 1.401,5 ha"), "<none>");
    EXPECT_EQ(first_date("đạt 14/19 tiêu chí"), "<none>");
    EXPECT_EQ(first_date("29/2/2024"), "2024-02-29");
}

TEST(Dates, SpanStartsAtNgay) {
    std::string s = "Hà Nội, ngày 2 tháng 9 năm 2022";
    auto found = find_date(s, 0, 10);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->span.begin, 10 + s.find("ngày"));
    EXPECT_EQ(found->span.end, 10 + s.size());
}

}  // namespace
}  // namespace vbtrack
