#include <gtest/gtest.h>

#include "extractors/responsibility.hpp"

namespace vbtrack {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs roles(std::string_view text) {
    DocumentText t = DocumentText::from_plain(text);
    Pairs out;
    for (const auto& r : find_roles(t, {0, t.text().size()})) out.emplace_back(r.name, r.role);
    return out;
}

bool has(const Pairs& pairs, const std::string& name, const std::string& role) {
    for (const auto& [n, r] : pairs)
        if (n == name && r == role) return true;
    return false;
}

TEST(Roles, LeadAndPartners) {
    Pairs p = roles("- Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Công an tỉnh, các huyện, thị xã "
                    "triển khai kế hoạch tiêm chủng.");
    EXPECT_TRUE(has(p, "Sở Y tế", "chủ trì"));
    EXPECT_TRUE(has(p, "Sở Giáo dục và Đào tạo", "phối hợp"));
    EXPECT_TRUE(has(p, "Công an tỉnh", "phối hợp"));
    EXPECT_TRUE(has(p, "Các huyện, thị xã", "phối hợp"));
    EXPECT_EQ(p.size(), 4u);
}

TEST(Roles, GiaoAndMonitoring) {
    Pairs p = roles("Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy theo dõi, đôn đốc "
                    "việc thực hiện.");
    EXPECT_TRUE(has(p, "Ban Tuyên giáo Huyện ủy", "thực hiện"));
    EXPECT_TRUE(has(p, "Ban Tuyên giáo Huyện ủy", "chủ trì"));
    EXPECT_TRUE(has(p, "Ban Tuyên giáo Huyện ủy", "theo dõi"));
    EXPECT_TRUE(has(p, "Văn phòng Huyện ủy", "phối hợp"));
}

TEST(Roles, HeadingCarriesItsBodyToTheBulletsBelow) {
    Pairs p = roles("3. Phòng Văn hóa và Thông tin\n"
                    "- Chủ trì, phối hợp với Trung tâm Văn hóa huyện tổ chức hội thi.\n"
                    "- Theo dõi, đôn đốc các xã báo cáo kết quả.\n"
                    "4. Hình thức tổ chức\n"
                    "- Chủ trì, phối hợp với nhau.");
    EXPECT_TRUE(has(p, "Phòng Văn hóa và Thông tin", "thực hiện"));
    EXPECT_TRUE(has(p, "Phòng Văn hóa và Thông tin", "chủ trì"));
    EXPECT_TRUE(has(p, "Phòng Văn hóa và Thông tin", "theo dõi"));
    EXPECT_TRUE(has(p, "Trung tâm Văn hóa huyện", "phối hợp"));
    // "4. Hình thức tổ chức" names no body: the lines under it give it no role.
    int chu_tri = 0;
    for (const auto& [n, r] : p) chu_tri += r == "chủ trì";
    EXPECT_EQ(chu_tri, 1);
}

TEST(Roles, SubjectOfAListItemAndRequests) {
    Pairs p = roles("c) Các trường học, UBND các xã, thị trấn có trách nhiệm báo cáo số liệu.\n"
                    "2. Công an huyện tăng cường tuần tra.\n"
                    "UBND huyện yêu cầu Chủ tịch UBND các xã, Hiệu trưởng các trường nghiêm túc thực hiện.");
    EXPECT_TRUE(has(p, "Các trường học", "thực hiện"));
    EXPECT_TRUE(has(p, "UBND các xã, thị trấn", "thực hiện"));
    EXPECT_TRUE(has(p, "Công an huyện", "thực hiện"));
    EXPECT_TRUE(has(p, "Chủ tịch UBND các xã", "thực hiện"));
    EXPECT_TRUE(has(p, "Hiệu trưởng các trường", "thực hiện"));
}

TEST(Roles, ExecutionClauseOfADecision) {
    Pairs p = roles("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Tư pháp, Nội vụ; Chủ tịch UBND các "
                    "huyện và các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.");
    EXPECT_TRUE(has(p, "Chánh Văn phòng UBND tỉnh", "thực hiện"));
    EXPECT_TRUE(has(p, "Giám đốc Sở Tư pháp", "thực hiện"));
    EXPECT_TRUE(has(p, "Giám đốc Sở Nội vụ", "thực hiện"));
    EXPECT_TRUE(has(p, "Chủ tịch UBND các huyện", "thực hiện"));
    EXPECT_TRUE(has(p, "Các cơ quan có liên quan", "thực hiện"));
}

TEST(Roles, ListTypedWithoutSpaceIsTheSameName) {
    Pairs p = roles("- Các phòng,ban chuyên môn có trách nhiệm tổng hợp.\n"
                    "- Phối hợp với các phòng, ban chuyên môn tham mưu.");
    EXPECT_TRUE(has(p, "Các phòng, ban chuyên môn", "thực hiện"));
    EXPECT_TRUE(has(p, "Các phòng, ban chuyên môn", "phối hợp"));
}

TEST(Roles, NounsAreNotRoles) {
    Pairs p = roles("Chủ trì Hội nghị kết luận các nội dung. Ban Thường vụ ghi nhận sự nỗ lực của các cấp ủy. "
                    "Tổ chức thực hiện kế hoạch theo yêu cầu của Sở Nội vụ.");
    EXPECT_TRUE(p.empty()) << p.front().first;
}

}  // namespace
}  // namespace vbtrack
