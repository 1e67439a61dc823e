// When an expected event is to take place ("dự kiến tổ chức trong tháng ...") is no
// deadline; a limit the same clause sets for a task ("dự kiến hoàn thành trước
// ngày ...") and a period in a clause without "dự kiến" still are. Texts written
// for these tests.
#include <gtest/gtest.h>

#include "deadline_test_support.hpp"

namespace vbtrack {
namespace {

using test::deadlines_in;

TEST(ExpectedEvent, WhenAnExpectedEventTakesPlaceIsNoDeadline) {
    EXPECT_TRUE(deadlines_in("3. Hội nghị tổng kết dự kiến tổ chức trong tháng 12/2025.", "2025-03-02").empty());
    EXPECT_TRUE(deadlines_in("Lễ ra quân dự kiến diễn ra vào ngày 15 hằng tháng tại sân vận động huyện.",
                             "2025-03-02")
                    .empty());
    // The expectation of one sentence does not reach into the next.
    auto next = deadlines_in("Hội thi dự kiến tổ chức tại Nhà văn hóa. Phòng Văn hóa hoàn thành kịch bản trong "
                             "tháng 4/2025.",
                             "2025-03-02");
    ASSERT_EQ(next.size(), 1u);
    EXPECT_EQ(next[0].date, "2025-04-30");
}

// A bracket holds an aside of its own: the expected date of the event it follows.
TEST(ExpectedEvent, AnExpectationInBracketsIsNoDeadline) {
    EXPECT_TRUE(deadlines_in("Chuẩn bị tốt nội dung hội nghị sơ kết (dự kiến tổ chức trong tháng 8/2025); các chi bộ "
                             "gửi báo cáo về Đảng ủy.",
                             "2025-03-02")
                    .empty());
    // A limit after the bracket is still one.
    auto after = deadlines_in("Hoàn thiện dự thảo đề án (dự kiến trình vào kỳ họp cuối năm), gửi Sở Nội vụ trong "
                              "tháng 6/2025.",
                              "2025-03-02");
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].date, "2025-06-30");
}

TEST(ExpectedEvent, ALimitOnATaskStaysADeadline) {
    auto limit = deadlines_in("2. Công trình dự kiến hoàn thành trước ngày 30/6/2025.", "2025-03-02");
    ASSERT_EQ(limit.size(), 1u);
    EXPECT_EQ(limit[0].date, "2025-06-30");
    auto period = deadlines_in("4. Sở Tài chính thẩm định dự toán trong Quý II/2025.", "2025-03-02");
    ASSERT_EQ(period.size(), 1u);
    EXPECT_EQ(period[0].date, "2025-06-30");
}

}  // namespace
}  // namespace vbtrack
