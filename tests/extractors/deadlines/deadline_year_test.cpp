// A year as a deadline: "...; hoàn thành trong năm 2026" limits a task to the end
// of that year, dated its last day as "trong Quý IV/2026" and "trong tháng 12/2026"
// are (GOLD_FORMAT.md: the end of the period). A year that is only the period a
// plan or a target runs in is none. Texts written for these tests (issue #6).
#include <gtest/gtest.h>

#include "deadline_test_support.hpp"

namespace vbtrack {
namespace {

using test::deadlines_in;

TEST(YearDeadline, CompletionWithinAYearIsDatedItsLastDay) {
    auto d = deadlines_in("3. Ủy ban nhân dân xã chủ trì, phối hợp với các thôn bê tông hóa đường nội đồng; hoàn "
                          "thành trong năm 2027.",
                          "2025-10-20");
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].kind, DeadlineKind::absolute);
    EXPECT_EQ(d[0].date, "2027-12-31");
    EXPECT_EQ(d[0].due, "2027-12-31");
    auto item = deadlines_in("- Phòng Kinh tế lắp đặt hệ thống camera giám sát, phải hoàn thành trong năm 2025.",
                             "2025-01-06");
    ASSERT_EQ(item.size(), 1u);
    EXPECT_EQ(item[0].date, "2025-12-31");
}

TEST(YearDeadline, AYearAPlanOrTargetRunsInIsNone) {
    EXPECT_TRUE(deadlines_in("Phấn đấu trong năm 2026 có thêm 02 xã đạt chuẩn nông thôn mới.", "2025-10-20").empty());
    EXPECT_TRUE(deadlines_in("Trong năm 2024, Hội đã tổ chức 12 lớp tập huấn.", "2025-01-10").empty());
    // Completed works as a kind of thing, and a purpose, are no term of a task.
    EXPECT_TRUE(deadlines_in("Ưu tiên bố trí vốn cho các công trình hoàn thành trong năm 2025.", "2025-01-10").empty());
    EXPECT_TRUE(deadlines_in("Để hoàn thành chỉ tiêu trong năm 2025, các xã tăng cường tuyên truyền.", "2025-01-10")
                    .empty());
}

}  // namespace
}  // namespace vbtrack
