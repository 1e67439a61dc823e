#include "pipeline/export/calendar_date.hpp"

#include <gtest/gtest.h>

#include "query_dates.hpp"

namespace vbtrack {
namespace {

using namespace std::chrono;

using test::ymd;

TEST(CalendarDate, ParsesOnlyValidIsoDates) {
    EXPECT_EQ(parse_iso_date("2024-02-29"), ymd(2024, 2, 29));
    EXPECT_FALSE(parse_iso_date("2023-02-29"));  // not a leap year
    EXPECT_FALSE(parse_iso_date("2023-13-01"));
    EXPECT_FALSE(parse_iso_date("2023-1-05"));
    EXPECT_FALSE(parse_iso_date("15/04/2025"));
    EXPECT_FALSE(parse_iso_date(""));
}

TEST(CalendarDate, FormatsIsoAndBasic) {
    EXPECT_EQ(to_iso(ymd(2025, 4, 5)), "2025-04-05");
    EXPECT_EQ(to_basic_iso(ymd(2025, 4, 5)), "20250405");
}

}  // namespace
}  // namespace vbtrack
