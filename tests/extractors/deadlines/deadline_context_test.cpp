// Task and responsible bodies on a document written for this test: a lead
// body with a partner, a heading that names the body of its items, "Giao X",
// and "+" items under a lead-in line that ends with ':'.
#include <gtest/gtest.h>

#include <random>

#include "deadline_test_support.hpp"

namespace vbtrack::test {
namespace {

const char* kPlan =
    "ỦY BAN NHÂN DÂN\n"
    "HUYỆN AN PHÚ\n"
    "Số: 77/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "An Phú, ngày 02 tháng 10 năm 2025\n"
    "KẾ HOẠCH\n"
    "Rà soát thủ tục hành chính năm 2025\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Nội vụ huyện chủ trì, phối hợp với Phòng Tư pháp huyện rà soát các thủ tục hành chính, hoàn thành trước ngày 30/10/2025.\n"
    "2. Nhiệm vụ của Ban Chỉ đạo\n"
    "a) Kiểm tra tình hình thực hiện tại các xã; báo cáo kết quả trước ngày 15/12/2025.\n"
    "3. Giao Trung tâm Y tế huyện tổng hợp số liệu, gửi Phòng Y tế trước ngày 10 hằng tháng để theo dõi.\n"
    "4. Chuẩn bị hội nghị tổng kết\n"
    "- Văn phòng HĐND và UBND huyện phối hợp với Phòng Văn hóa huyện:\n"
    "+ Chuẩn bị tài liệu hội nghị chậm nhất 05 ngày trước ngày khai mạc.\n";

TEST(DeadlineContextTest, TaskAndResponsibleBodies) {
    auto found = deadlines_in(kPlan, "2025-10-02");
    ASSERT_EQ(found.size(), 4u);

    EXPECT_EQ(found[0].task, "rà soát các thủ tục hành chính");
    EXPECT_EQ(found[0].responsible, std::vector<std::string>{"Phòng Nội vụ huyện"});  // the lead, not the partner

    EXPECT_EQ(found[1].task, "báo cáo kết quả");
    EXPECT_EQ(found[1].responsible, std::vector<std::string>{"Ban Chỉ đạo"});  // from the heading

    EXPECT_EQ(found[2].task, "tổng hợp số liệu, gửi Phòng Y tế");  // the purpose "để theo dõi" left out
    EXPECT_EQ(found[2].responsible, std::vector<std::string>{"Trung tâm Y tế huyện"});

    EXPECT_EQ(found[3].task, "Chuẩn bị tài liệu hội nghị");
    EXPECT_EQ(found[3].responsible, (std::vector<std::string>{"Văn phòng HĐND và UBND huyện", "Phòng Văn hóa huyện"}));
}

// Two tasks of two bodies in one sentence, split by ';': each term is its own
// clause's doers'; a clause of names only lists more subjects of the next.
TEST(DeadlineContextTest, ATermIsItsOwnClausesDoers) {
    std::string text =
        "1. Ủy ban nhân dân thị trấn gửi Thông báo này đến các cơ sở trong thời hạn 03 ngày làm việc kể từ ngày ký "
        "Thông báo; công chức Văn hóa - Xã hội thị trấn báo cáo kết quả trước ngày 05/12/2025.\n"
        "2. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện đăng ký thi đua trước ngày 31/3/2026.\n"
        "3. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát định mức; hoàn thành trước ngày 15/12/2025.\n";
    auto found = deadlines_in(text, "2025-10-02");
    ASSERT_EQ(found.size(), 4u);
    EXPECT_EQ(found[0].responsible, std::vector<std::string>{"Ủy ban nhân dân thị trấn"});
    EXPECT_EQ(found[1].responsible, std::vector<std::string>{"Công chức Văn hóa - Xã hội thị trấn"});
    EXPECT_EQ(found[2].responsible,
              (std::vector<std::string>{"Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện"}));
    EXPECT_EQ(found[3].responsible, std::vector<std::string>{"Sở Tài chính"});  // the sentence's lead
}

// "X chỉ đạo Y …": Y does the task its clause closes; a clause that only finishes it
// is Y's too; a new task with no subject is X's, or Y's when Y was made the lead.
TEST(DeadlineContextTest, TheDirectedBodyAnswersForItsTask) {
    std::string text =
        "1. Ủy ban nhân dân các xã chỉ đạo Trưởng thôn lập danh sách hộ nghèo, gửi về Phòng Lao động trước ngày "
        "15/11/2025.\n"
        "2. Đảng ủy Công an huyện lãnh đạo Công an huyện rà soát địa bàn; hoàn thành trong Quý I/2026.\n"
        "3. Phòng Quản lý đô thị chỉ đạo Đội Quản lý trật tự đô thị kiểm tra các công trình; tổng hợp kết quả, báo "
        "cáo Chủ tịch Ủy ban nhân dân huyện trước ngày 20/12/2025.\n"
        "4. Ủy ban nhân dân huyện chỉ đạo Phòng Tài chính chủ trì, phối hợp với Phòng Nội vụ rà soát định mức; báo "
        "cáo Huyện ủy trong Quý IV/2025.\n";
    auto found = deadlines_in(text, "2025-10-02");
    ASSERT_EQ(found.size(), 4u);
    EXPECT_EQ(found[0].responsible, std::vector<std::string>{"Trưởng thôn"});
    EXPECT_EQ(found[1].responsible, std::vector<std::string>{"Công an huyện"});
    EXPECT_EQ(found[2].responsible, std::vector<std::string>{"Phòng Quản lý đô thị"});
    EXPECT_EQ(found[3].responsible, std::vector<std::string>{"Phòng Tài chính"});
}

TEST(DeadlineContextTest, AHeadingStopsAtTheNextPartOfItsLevel) {
    std::string text =
        "1. Nhiệm vụ của Tổ công tác\n"
        "a) Kiểm tra các dự án chậm tiến độ trước ngày 30/11/2025.\n"
        "2. Tổ chức thực hiện\n"
        "a) Báo cáo kết quả trước ngày 15/12/2025.\n";
    auto found = deadlines_in(text, "2025-10-02");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].responsible, std::vector<std::string>{"Tổ công tác"});
    EXPECT_TRUE(found[1].responsible.empty());
}

// The whole extractor (sentences, roles, task) on shuffled lines of a plan and
// broken pieces: any output must point into the text.
TEST(DeadlineContextTest, ShuffledAndBrokenTextDoesNotBreakIt) {
    std::vector<std::string> lines;
    for (std::string_view rest = kPlan; !rest.empty();) {
        auto nl = rest.find('\n');
        lines.emplace_back(rest.substr(0, nl));
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    }
    lines.push_back("+ trước ngày");
    lines.push_back("a) ; ; chậm nhất 3 ngày làm việc sau");
    lines.push_back("\xE1\xBB trong Quý");
    std::mt19937 rng(7);
    for (int round = 0; round < 300; ++round) {
        std::string text;
        for (int i = 0; i < 8; ++i) {
            std::string line = lines[rng() % lines.size()];
            if (rng() % 4 == 0) line = line.substr(0, rng() % (line.size() + 1));
            text += line + "\n";
        }
        for (const auto& d : deadlines_in(text, rng() % 2 ? std::optional<std::string>("2025-10-02") : std::nullopt)) {
            ASSERT_FALSE(d.text.empty()) << text;
            ASSERT_NE(text.find(d.text), std::string::npos) << "[" << d.text << "]\n" << text;
        }
    }
}

}  // namespace
}  // namespace vbtrack::test
