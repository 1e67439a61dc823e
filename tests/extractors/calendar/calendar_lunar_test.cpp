// The lunar conversion against published dates, typed in from tables, not
// from the program: Tết (mùng 1 tháng Giêng) 2000-2040 from the published
// Vietnamese Tết tables (Vietnam differs from China in 2007 and 2030, where the
// new moon fell between 23:00 and 24:00 Hà Nội time), Giỗ Tổ Hùng Vương and the
// leap months of recent years.
#include <gtest/gtest.h>

#include "extractors/calendar/lunar.hpp"
#include "tests/extractors/calendar/calendar_dates.hpp"

namespace vbtrack::calendar {
namespace {

TEST(LunarTest, TetDates2000To2040MatchThePublishedTable) {
    const std::pair<int, Date> table[] = {
        {2000, d(2000, 2, 5)},  {2001, d(2001, 1, 24)}, {2002, d(2002, 2, 12)}, {2003, d(2003, 2, 1)},
        {2004, d(2004, 1, 22)}, {2005, d(2005, 2, 9)},  {2006, d(2006, 1, 29)}, {2007, d(2007, 2, 17)},
        {2008, d(2008, 2, 7)},  {2009, d(2009, 1, 26)}, {2010, d(2010, 2, 14)}, {2011, d(2011, 2, 3)},
        {2012, d(2012, 1, 23)}, {2013, d(2013, 2, 10)}, {2014, d(2014, 1, 31)}, {2015, d(2015, 2, 19)},
        {2016, d(2016, 2, 8)},  {2017, d(2017, 1, 28)}, {2018, d(2018, 2, 16)}, {2019, d(2019, 2, 5)},
        {2020, d(2020, 1, 25)}, {2021, d(2021, 2, 12)}, {2022, d(2022, 2, 1)},  {2023, d(2023, 1, 22)},
        {2024, d(2024, 2, 10)}, {2025, d(2025, 1, 29)}, {2026, d(2026, 2, 17)}, {2027, d(2027, 2, 6)},
        {2028, d(2028, 1, 26)}, {2029, d(2029, 2, 13)}, {2030, d(2030, 2, 2)},  {2031, d(2031, 1, 23)},
        {2032, d(2032, 2, 11)}, {2033, d(2033, 1, 31)}, {2034, d(2034, 2, 19)}, {2035, d(2035, 2, 8)},
        {2036, d(2036, 1, 28)}, {2037, d(2037, 2, 15)}, {2038, d(2038, 2, 4)},  {2039, d(2039, 1, 24)},
        {2040, d(2040, 2, 12)},
    };
    for (const auto& [year, tet] : table) {
        EXPECT_EQ(to_iso(lunar_new_year(year)), to_iso(tet)) << "Tết " << year;
        EXPECT_EQ(to_lunar(tet), (LunarDate{1, 1, year, false})) << year;
        // The day before is the last day of the old lunar year (29 or 30 tháng Chạp).
        LunarDate eve = to_lunar(add_days(tet, -1));
        EXPECT_EQ(eve.month, 12) << year;
        EXPECT_EQ(eve.year, year - 1) << year;
        EXPECT_TRUE(eve.day == 29 || eve.day == 30) << year;
    }
}

TEST(LunarTest, HungKingsCommemorationDays) {
    // 10/3 âm lịch as announced for the holiday in these years.
    const std::pair<int, Date> table[] = {{2019, d(2019, 4, 14)}, {2020, d(2020, 4, 2)}, {2021, d(2021, 4, 21)},
                                          {2022, d(2022, 4, 10)}, {2023, d(2023, 4, 29)}, {2024, d(2024, 4, 18)},
                                          {2025, d(2025, 4, 7)},  {2026, d(2026, 4, 26)}};
    for (const auto& [year, date] : table) {
        auto solar = from_lunar({10, 3, year, false});
        ASSERT_TRUE(solar) << year;
        EXPECT_EQ(to_iso(*solar), to_iso(date)) << year;
    }
}

TEST(LunarTest, LeapMonthsOfRecentYears) {
    // Năm nhuận: 2020 tháng 4, 2023 tháng 2, 2025 tháng 6, 2028 tháng 5, 2033 tháng 11.
    const std::pair<int, int> leap[] = {{2020, 4}, {2023, 2}, {2025, 6}, {2028, 5}, {2033, 11}};
    for (const auto& [year, month] : leap) {
        auto first = from_lunar({1, month, year, true});
        ASSERT_TRUE(first) << year;
        EXPECT_EQ(to_lunar(*first), (LunarDate{1, month, year, true})) << year;
        EXPECT_FALSE(from_lunar({1, month == 12 ? 1 : month + 1, year, true})) << year;
    }
    EXPECT_FALSE(from_lunar({1, 5, 2024, true})) << "2024 has no leap month";
}

TEST(LunarTest, MidAutumnAndOtherKnownDays) {
    EXPECT_EQ(to_lunar(d(2024, 9, 17)), (LunarDate{15, 8, 2024, false}));  // Tết Trung thu 2024
    EXPECT_EQ(to_lunar(d(2023, 9, 29)), (LunarDate{15, 8, 2023, false}));  // Tết Trung thu 2023
    EXPECT_EQ(to_lunar(d(2023, 3, 22)), (LunarDate{1, 2, 2023, true}));    // 1/2 nhuận Quý Mão
}

TEST(LunarTest, EveryDayFrom2000To2040RoundTrips) {
    int previous_day = to_lunar(d(1999, 12, 31)).day;
    for (Date day = d(2000, 1, 1); Days{day} <= Days{d(2040, 12, 31)}; day = add_days(day, 1)) {
        LunarDate lunar = to_lunar(day);
        auto back = from_lunar(lunar);
        ASSERT_TRUE(back) << to_iso(day);
        ASSERT_EQ(to_iso(*back), to_iso(day));
        // Lunar days run 1, 2, ... 29 or 30, then 1 again.
        if (lunar.day != 1) ASSERT_EQ(lunar.day, previous_day + 1) << to_iso(day);
        else ASSERT_TRUE(previous_day == 29 || previous_day == 30) << to_iso(day);
        previous_day = lunar.day;
    }
}

TEST(LunarTest, RejectsDaysAMonthDoesNotHave) {
    // Tháng Chạp of Giáp Thìn (2024-12-31 .. 2025-01-28) has 29 days.
    EXPECT_FALSE(from_lunar({30, 12, 2024, false}));
    EXPECT_TRUE(from_lunar({29, 12, 2024, false}));
    EXPECT_FALSE(from_lunar({1, 13, 2024, false}));
}

}  // namespace
}  // namespace vbtrack::calendar
