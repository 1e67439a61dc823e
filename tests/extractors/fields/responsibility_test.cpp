#include <gtest/gtest.h>

#include "role_pairs.hpp"

namespace vbtrack {
namespace {

using test::has;
using test::Pairs;
using test::roles;

TEST(Roles, LeadAndPartners) {
    Pairs p = roles("- Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Công an tỉnh, các huyện, thị xã "
                    "triển khai kế hoạch tiêm chủng.");
    EXPECT_TRUE(has(p, "Sở Y tế", "chủ trì"));
    EXPECT_TRUE(has(p, "Sở Giáo dục và Đào tạo", "phối hợp"));
    EXPECT_TRUE(has(p, "Công an tỉnh", "phối hợp"));
    EXPECT_TRUE(has(p, "Các huyện, thị xã", "phối hợp"));
    EXPECT_EQ(p.size(), 4u);
}

// "Giao X <verb>": X carries the task out (DESIGN.md §5: "Giao X ..." -> X
// executes); a monitoring verb makes X "theo dõi" instead, and both when a task
// of its own follows after ";" (the development gold kl215 lists all three roles
// for "Giao X chủ trì, ... theo dõi, đôn đốc ...; tổng hợp kết quả, báo cáo ...").
TEST(Roles, GiaoAndMonitoring) {
    Pairs p = roles("Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy theo dõi, đôn đốc "
                    "việc thực hiện.");
    EXPECT_TRUE(has(p, "Ban Tuyên giáo Huyện ủy", "chủ trì"));
    EXPECT_TRUE(has(p, "Ban Tuyên giáo Huyện ủy", "theo dõi"));
    EXPECT_TRUE(has(p, "Ban Tuyên giáo Huyện ủy", "thực hiện"));
    EXPECT_TRUE(has(p, "Văn phòng Huyện ủy", "phối hợp"));
    EXPECT_EQ(p.size(), 4u);
    Pairs lead = roles("2. Giao Phòng Y tế huyện chủ trì tổ chức tập huấn cho nhân viên y tế thôn, bản.");
    EXPECT_TRUE(has(lead, "Phòng Y tế huyện", "chủ trì"));
    EXPECT_TRUE(has(lead, "Phòng Y tế huyện", "thực hiện"));
    EXPECT_EQ(lead.size(), 2u);
    // Without a lead, "X phối hợp với Y <verb>": X works with Y (the development gold cv452).
    Pairs joint = roles("2. Phòng Nội vụ phối hợp với Trung tâm Chính trị huyện mở lớp bồi dưỡng.");
    EXPECT_TRUE(has(joint, "Phòng Nội vụ", "phối hợp"));
    EXPECT_TRUE(has(joint, "Trung tâm Chính trị huyện", "phối hợp"));
    EXPECT_EQ(joint.size(), 2u);
    Pairs watch = roles("Giao Thanh tra huyện, Phòng Nội vụ theo dõi, đôn đốc các xã thực hiện Kế hoạch này.");
    EXPECT_TRUE(has(watch, "Thanh tra huyện", "theo dõi"));
    EXPECT_TRUE(has(watch, "Phòng Nội vụ", "theo dõi"));
    EXPECT_EQ(watch.size(), 2u);
    Pairs watch_and_report = roles("Giao Phòng Văn hóa và Thông tin theo dõi, đôn đốc các xã thực hiện; tổng hợp "
                                   "kết quả, báo cáo Ủy ban nhân dân huyện.");
    EXPECT_TRUE(has(watch_and_report, "Phòng Văn hóa và Thông tin", "theo dõi"));
    EXPECT_TRUE(has(watch_and_report, "Phòng Văn hóa và Thông tin", "thực hiện"));
    EXPECT_EQ(watch_and_report.size(), 2u);
    // Without "Giao", the subject of its own monitoring sentence only monitors.
    Pairs own = roles("4. Văn phòng Sở Nội vụ theo dõi, đôn đốc các phòng thực hiện Kế hoạch này.");
    EXPECT_TRUE(has(own, "Văn phòng Sở Nội vụ", "theo dõi"));
    EXPECT_FALSE(has(own, "Văn phòng Sở Nội vụ", "thực hiện"));
    Pairs task = roles("Giao Phòng Văn hóa và Thông tin huyện soạn thảo đề cương tuyên truyền.");
    EXPECT_TRUE(has(task, "Phòng Văn hóa và Thông tin huyện", "thực hiện"));
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

// An office before a colon is shared by each item after it: "Công chức: A, B" -> "Công chức A", "Công chức B".
TEST(Roles, AnOfficeSharedByTheItemsAfterItsColon) {
    Pairs p = roles("Điều 4. Văn phòng HĐND và UBND xã; Công chức: Tư pháp - Hộ tịch, Địa chính - Nông nghiệp; "
                    "Trưởng các bản chịu trách nhiệm thi hành Quyết định này./.");
    EXPECT_TRUE(has(p, "Công chức Tư pháp - Hộ tịch", "thực hiện"));
    EXPECT_TRUE(has(p, "Công chức Địa chính - Nông nghiệp", "thực hiện"));
    EXPECT_TRUE(has(p, "Trưởng các bản", "thực hiện"));
    EXPECT_FALSE(has(p, "Tư pháp - Hộ tịch", "thực hiện"));
}

// "quan tâm" (to see to) opens what a body is asked to do; it is no part of the name.
TEST(Roles, QuanTamEndsAName) {
    Pairs p = roles("Đề nghị Ủy ban nhân dân các huyện quan tâm chỉ đạo các xã tổ chức tiêm phòng.");
    EXPECT_TRUE(has(p, "Ủy ban nhân dân các huyện", "thực hiện"));
    EXPECT_FALSE(has(p, "Ủy ban nhân dân các huyện quan tâm", "thực hiện"));
}

// A provincial telecom unit ("Viễn thông X") is a body of its own in a list of partners.
TEST(Roles, ATelecomUnitIsABody) {
    Pairs p = roles("- Sở Công Thương chủ trì, phối hợp với Công ty Điện lực Lào Cai, Viễn thông Lào Cai bảo đảm "
                    "điện và thông tin liên lạc.");
    EXPECT_TRUE(has(p, "Công ty Điện lực Lào Cai", "phối hợp"));
    EXPECT_TRUE(has(p, "Viễn thông Lào Cai", "phối hợp"));
}

TEST(Roles, ListTypedWithoutSpaceIsTheSameName) {
    Pairs p = roles("- Các phòng,ban chuyên môn có trách nhiệm tổng hợp.\n"
                    "- Phối hợp với các phòng, ban chuyên môn tham mưu.");
    EXPECT_TRUE(has(p, "Các phòng, ban chuyên môn", "thực hiện"));
    EXPECT_TRUE(has(p, "Các phòng, ban chuyên môn", "phối hợp"));
}

// Where a name ends when its verb is not in the list: a tense or modal word, or the
// place that closes the name ("... Nậm Nhùn" + a verb). A verb's syllables that
// end a common noun ("công trình", "đầu tư xây dựng") stay in the name.
TEST(Roles, NamesEndAtThePlaceOrAModalWordNotInsideANoun) {
    Pairs p = roles("- Hạt Kiểm lâm Mường Tè tuần tra bảo vệ rừng đầu nguồn.\n"
                    "- Chi cục Thuế khu vực Sìn Hồ sẽ hướng dẫn hộ kinh doanh kê khai.\n"
                    "- Sở Công Thương cần ưu tiên bố trí điểm bán hàng bình ổn giá.\n"
                    "- Ban Quản lý dự án đầu tư xây dựng khu vực phía Bắc chủ trì, phối hợp với Công ty Cổ phần Tư vấn "
                    "công trình giao thông Lai Châu khảo sát tuyến đường.\n");
    EXPECT_TRUE(has(p, "Hạt Kiểm lâm Mường Tè", "thực hiện"));
    EXPECT_TRUE(has(p, "Chi cục Thuế khu vực Sìn Hồ", "thực hiện"));
    EXPECT_TRUE(has(p, "Sở Công Thương", "thực hiện"));
    EXPECT_TRUE(has(p, "Ban Quản lý dự án đầu tư xây dựng khu vực phía Bắc", "chủ trì"));
    EXPECT_TRUE(has(p, "Công ty Cổ phần Tư vấn công trình giao thông Lai Châu", "phối hợp"));
    EXPECT_EQ(p.size(), 5u);
    // The place ends the name whatever the verb: one OCR garbled ("tuan tra" for "tuần tra").
    Pairs ocr = roles("- Hạt Kiểm lâm Mường Tè tuan tra bao ve rung dau nguon.\n");
    EXPECT_TRUE(has(ocr, "Hạt Kiểm lâm Mường Tè", "thực hiện"));
}

// Subjects that are not a numbered item, subjects joined by ";", "X, Y và Z".
TEST(Roles, SubjectsOfPlainSentencesAndLists) {
    Pairs p = roles("III. TỔ CHỨC THỰC HIỆN\n"
                    "Trung tâm Y tế huyện chủ động dự trữ thuốc, hóa chất.\n"
                    "Các trường học; Ủy ban nhân dân các xã, thị trấn tuyên truyền cho phụ huynh học sinh.\n"
                    "Giao Ban Kinh tế - Xã hội, Ban Pháp chế và đại biểu HĐND huyện giám sát việc thực hiện.\n");
    EXPECT_TRUE(has(p, "Trung tâm Y tế huyện", "thực hiện"));
    EXPECT_TRUE(has(p, "Các trường học", "thực hiện"));
    EXPECT_TRUE(has(p, "Ủy ban nhân dân các xã, thị trấn", "thực hiện"));
    EXPECT_TRUE(has(p, "Ban Pháp chế", "theo dõi"));
    EXPECT_TRUE(has(p, "Đại biểu HĐND huyện", "theo dõi"));
    EXPECT_FALSE(has(p, "Ban Pháp chế và đại biểu HĐND huyện", "theo dõi"));
    // A past achievement in a report names who did it, but assigns nothing.
    EXPECT_TRUE(roles("Các xã, thị trấn đã tổ chức 45 hội nghị tuyên truyền.").empty());
}

// The body a "chỉ đạo" directs carries the task out, unless its own clause gives it a role;
// newspapers and stations as subjects; "Lãnh đạo" at a heading's start is the verb.
TEST(Roles, DirectedBodiesPressAndLeadershipHeadings) {
    Pairs p = roles("2. Ủy ban nhân dân huyện chỉ đạo các phòng, ban chuyên môn kiểm tra việc chấp hành.\n"
                    "3. Ủy ban nhân dân huyện chỉ đạo Phòng Y tế chủ trì, phối hợp với Công an huyện kiểm tra.\n"
                    "4. Báo Điện Biên Phủ, Đài Phát thanh - Truyền hình tỉnh phối hợp với Sở Y tế đưa tin.\n"
                    "5. Lãnh đạo xây dựng hệ thống chính trị\n"
                    "- Các chi bộ tổ chức sinh hoạt chuyên đề.\n");
    EXPECT_TRUE(has(p, "Ủy ban nhân dân huyện", "thực hiện"));
    EXPECT_TRUE(has(p, "Các phòng, ban chuyên môn", "thực hiện"));
    EXPECT_TRUE(has(p, "Phòng Y tế", "chủ trì"));
    EXPECT_FALSE(has(p, "Phòng Y tế", "thực hiện"));
    EXPECT_TRUE(has(p, "Công an huyện", "phối hợp"));
    // "X phối hợp với Y <verb>" with no lead: both take part (the official gold's reading,
    // ../shared/eval/docs/cv452…: "Phòng A phối hợp với Phòng B rà soát" gives both "phối hợp").
    EXPECT_TRUE(has(p, "Báo Điện Biên Phủ", "phối hợp"));
    EXPECT_TRUE(has(p, "Đài Phát thanh - Truyền hình tỉnh", "phối hợp"));
    EXPECT_TRUE(has(p, "Sở Y tế", "phối hợp"));
    EXPECT_FALSE(has(p, "Báo Điện Biên Phủ", "thực hiện"));
    EXPECT_TRUE(has(p, "Các chi bộ", "thực hiện"));
    for (const auto& [n, r] : p) EXPECT_NE(n.rfind("Lãnh đạo", 0), 0u) << n;
    // "Lãnh đạo" followed by a body is the body's leaders.
    EXPECT_TRUE(has(roles("- Lãnh đạo Văn phòng Huyện ủy kiểm tra hồ sơ.\n"), "Lãnh đạo Văn phòng Huyện ủy", "thực hiện"));
}

// The issuer's own voice in a plain sentence (a submission, an announcement)
// gives it no task; a list item addressed to it does. A report's plain sentences
// narrate what was done.
TEST(Roles, TheIssuersOwnVoiceAndReportsAreNotTasks) {
    auto roles_of = [](std::string_view text, const RoleContext& context) {
        DocumentText t = DocumentText::from_plain(text);
        Pairs out;
        for (const auto& r : find_roles(t, {0, t.text().size()}, context)) out.emplace_back(r.name, r.role);
        return out;
    };
    RoleContext issuer;
    issuer.is_issuer = [](const std::string& name) { return name == "Ủy ban nhân dân xã" || name == "Đảng ủy"; };
    EXPECT_TRUE(roles_of("Ủy ban nhân dân xã kính trình Hội đồng nhân dân xã xem xét, quyết định.", {}).empty());
    EXPECT_TRUE(roles_of("Ủy ban nhân dân xã thông báo để các thôn, bản biết, thực hiện.", issuer).empty());
    Pairs item = roles_of("- Đảng ủy tổ chức hội nghị sơ kết trước ngày 15/7/2025.", issuer);
    EXPECT_TRUE(has(item, "Đảng ủy", "thực hiện"));
    Pairs other = roles_of("Trạm Y tế xã tổ chức tiêm chủng cho trẻ em.", issuer);
    EXPECT_TRUE(has(other, "Trạm Y tế xã", "thực hiện"));

    RoleContext report;
    report.narrative = true;
    EXPECT_TRUE(roles_of("Trạm Y tế xã tổ chức tiêm chủng cho 320 trẻ em.", report).empty());
    EXPECT_TRUE(has(roles_of("- Trạm Y tế xã tổ chức tiêm chủng bổ sung trong Quý IV/2025.", report), "Trạm Y tế xã",
                    "thực hiện"));
}

// A verb the list does not know, before a comma and a listed verb: no name is read
// through it ("... ghi nhận, đánh giá cao"); "tham mưu X chỉ đạo" directs no one yet.
TEST(Roles, UnknownVerbBeforeACommaAndAdvisedDirection) {
    EXPECT_TRUE(roles("Hội đồng nhân dân xã ghi nhận, đánh giá cao kết quả đạt được.").empty());
    // "X giao Y ..." (X assigns, OCR split the sentence before X); "giao thông" stays in a name.
    EXPECT_TRUE(roles("Văn phòng giao tổ chức, cá nhân liên quan nghiên cứu trả lời.").empty());
    EXPECT_TRUE(has(roles("- Phối hợp với Đội Cảnh sát giao thông huyện kiểm tra."), "Đội Cảnh sát giao thông huyện",
                    "phối hợp"));
    Pairs p = roles("- Văn phòng tham mưu Giám đốc Sở chỉ đạo các phòng xử lý kiến nghị.");
    EXPECT_FALSE(has(p, "Giám đốc Sở", "thực hiện"));
    EXPECT_FALSE(has(p, "Các phòng", "thực hiện"));
}

TEST(Roles, NounsAreNotRoles) {
    Pairs p = roles("Chủ trì Hội nghị kết luận các nội dung. Ban Thường vụ ghi nhận sự nỗ lực của các cấp ủy. "
                    "Tổ chức thực hiện kế hoạch theo yêu cầu của Sở Nội vụ.");
    EXPECT_TRUE(p.empty()) << p.front().first;
}

// A name's extent from its structure: a head that needs a specifier keeps the word
// after it even when that word is a verb; a name ends at its level ("... huyện",
// "... các xã") when no place follows, whatever verb comes next, listed or not;
// a plural level goes on into the clause that qualifies it.
TEST(Roles, HeadsKeepTheirSpecifierAndALevelEndsTheName) {
    Pairs p = roles("1. Ủy ban kiểm tra các đảng ủy cơ sở chịu trách nhiệm hướng dẫn các chi bộ.\n"
                    "2. Đoàn kiểm tra liên ngành có trách nhiệm lập biên bản.\n"
                    "3. Ủy ban nhân dân thị trấn phân loại rác tại nguồn.\n"
                    "4. Trung tâm Y tế huyện phối hợp với Ủy ban nhân dân các xã, thị trấn chuẩn hóa danh sách.\n"
                    "5. Ủy ban nhân dân các xã có đường giao thông xuống cấp lập danh mục sửa chữa.\n");
    EXPECT_TRUE(has(p, "Ủy ban kiểm tra các đảng ủy cơ sở", "thực hiện"));
    EXPECT_TRUE(has(p, "Đoàn kiểm tra liên ngành", "thực hiện"));
    EXPECT_TRUE(has(p, "Ủy ban nhân dân thị trấn", "thực hiện"));  // "phân loại" is in no list
    EXPECT_TRUE(has(p, "Ủy ban nhân dân các xã, thị trấn", "phối hợp"));  // nor "chuẩn hóa"
    EXPECT_TRUE(has(p, "Ủy ban nhân dân các xã có đường giao thông xuống cấp", "thực hiện"));
    for (const auto& [n, r] : p) EXPECT_NE(n, "Ủy ban") << r;
    // A plain sentence whose verb is known only from the level: a task, unless a comma
    // joins it to the next verb, the voice of a meeting acknowledging.
    EXPECT_TRUE(has(roles("Hồ sơ lưu tại xã. Ủy ban nhân dân cấp xã niêm phong hồ sơ cũ."), "Ủy ban nhân dân cấp xã",
                    "thực hiện"));
    EXPECT_TRUE(roles("Hội đồng nhân dân huyện hoan nghênh, biểu dương các xã.").empty());
    // A title line left in the body: "Phòng, chống" is prevention, "huyện năm 2025" a time.
    EXPECT_TRUE(roles("Phòng, chống sạt lở đất trên địa bàn huyện năm 2026\n").empty());
}

// A comma inside a name ("Sở Văn hóa, Thể thao và Du lịch") against a comma between
// names (before a head, "các", or after a name its place closes); a collective head
// with its places is one name; "và" before a head splits a closed name.
TEST(Roles, CommasAndAndInsideAndBetweenNames) {
    Pairs p = roles("1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Công an tỉnh, Tỉnh đoàn tổ chức lễ hội.\n"
                    "2. Ủy ban nhân dân các huyện Mường Khương, Bắc Hà, Si Ma Cai rà soát đường biên.\n"
                    "3. Phòng Tư pháp huyện và Ủy ban nhân dân các xã biên giới niêm yết danh sách.\n"
                    "4. Văn phòng HĐND và UBND huyện bố trí phòng họp.\n");
    EXPECT_TRUE(has(p, "Sở Văn hóa, Thể thao và Du lịch", "chủ trì"));
    EXPECT_TRUE(has(p, "Công an tỉnh", "phối hợp"));
    EXPECT_TRUE(has(p, "Tỉnh đoàn", "phối hợp"));
    EXPECT_TRUE(has(p, "Ủy ban nhân dân các huyện Mường Khương, Bắc Hà, Si Ma Cai", "thực hiện"));
    EXPECT_TRUE(has(p, "Phòng Tư pháp huyện", "thực hiện"));
    EXPECT_TRUE(has(p, "Ủy ban nhân dân các xã biên giới", "thực hiện"));
    EXPECT_TRUE(has(p, "Văn phòng HĐND và UBND huyện", "thực hiện"));
    EXPECT_EQ(p.size(), 7u);
    Pairs exec = roles("Điều 4. Chánh Văn phòng UBND xã, các công chức chuyên môn, Trưởng các thôn và các hộ gia "
                       "đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
    EXPECT_TRUE(has(exec, "Chánh Văn phòng UBND xã", "thực hiện"));
    EXPECT_TRUE(has(exec, "Các công chức chuyên môn", "thực hiện"));
    EXPECT_TRUE(has(exec, "Trưởng các thôn", "thực hiện"));
}

// Subjects after a fronted time phrase, with a place qualifier ("trong Khối"), with a
// passive participle before "có trách nhiệm"; the helper of "giúp" takes the role of
// the verb after it.
TEST(Roles, SubjectsAfterAdverbialsAndWithQualifiers) {
    Pairs p = roles("1. Hằng quý, các chi bộ trực thuộc gửi báo cáo về Văn phòng Đảng ủy.\n"
                    "2. Người đứng đầu các cơ quan, đơn vị trong Cụm chịu trách nhiệm cử cán bộ tham dự.\n"
                    "3. Các đồng chí cấp ủy viên được phân công theo dõi địa bàn có trách nhiệm dự họp chi bộ.\n"
                    "4. Ban Tổ chức Đảng ủy giúp Ban Thường vụ kiểm tra, giám sát việc thực hiện; báo cáo kết quả.\n");
    EXPECT_TRUE(has(p, "Các chi bộ trực thuộc", "thực hiện"));
    EXPECT_TRUE(has(p, "Người đứng đầu các cơ quan, đơn vị trong Cụm", "thực hiện"));
    EXPECT_TRUE(has(p, "Các đồng chí cấp ủy viên được phân công theo dõi địa bàn", "thực hiện"));
    EXPECT_TRUE(has(p, "Ban Tổ chức Đảng ủy", "theo dõi"));
    EXPECT_FALSE(has(p, "Ban Tổ chức Đảng ủy", "thực hiện"));
}

// The objects of "chỉ đạo", in a sentence and as a dash item under a heading body;
// "Đề nghị X, Y, Z <verb>" inline.
TEST(Roles, DirectedObjectsAndInlineRequests) {
    Pairs p = roles("1. Ủy ban nhân dân huyện chỉ đạo Phòng Kinh tế huyện và Ủy ban nhân dân các xã vùng lũ lập "
                    "phương án di dời.\n"
                    "2. Sở Giáo dục và Đào tạo\n"
                    "- Chỉ đạo các trường trung học phổ thông tổ chức ôn tập cho học sinh.\n"
                    "3. Đề nghị Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh, Liên đoàn Lao động tỉnh vận động hội viên "
                    "tham gia.\n");
    EXPECT_TRUE(has(p, "Phòng Kinh tế huyện", "thực hiện"));
    EXPECT_TRUE(has(p, "Ủy ban nhân dân các xã vùng lũ", "thực hiện"));
    EXPECT_TRUE(has(p, "Các trường trung học phổ thông", "thực hiện"));
    EXPECT_TRUE(has(p, "Hội Nông dân tỉnh", "thực hiện"));
    EXPECT_TRUE(has(p, "Hội Cựu chiến binh tỉnh", "thực hiện"));
    EXPECT_TRUE(has(p, "Liên đoàn Lao động tỉnh", "thực hiện"));
}

// "theo dõi, đôn đốc" and "kiểm tra, giám sát" subjects monitor, their report
// included; another task after ";" is carried out too; "kiểm tra" alone is a task.
TEST(Roles, MonitoringSubjects) {
    Pairs p = roles("1. Văn phòng Huyện ủy theo dõi, đôn đốc, tổng hợp tình hình, báo cáo Ban Thường vụ.\n"
                    "2. Ủy ban Kiểm tra Huyện ủy kiểm tra, giám sát việc thực hiện; lồng ghép nội dung vào chương "
                    "trình công tác năm.\n"
                    "3. Công an huyện kiểm tra các cơ sở kinh doanh.\n");
    EXPECT_TRUE(has(p, "Văn phòng Huyện ủy", "theo dõi"));
    EXPECT_FALSE(has(p, "Văn phòng Huyện ủy", "thực hiện"));
    EXPECT_TRUE(has(p, "Ủy ban Kiểm tra Huyện ủy", "theo dõi"));
    EXPECT_TRUE(has(p, "Ủy ban Kiểm tra Huyện ủy", "thực hiện"));
    EXPECT_TRUE(has(p, "Công an huyện", "thực hiện"));
    EXPECT_FALSE(has(p, "Công an huyện", "theo dõi"));
}

// A name the document delimits elsewhere (a recipient line, "Kính gửi") ends there in
// a sentence too: the lower-case word after it is the verb, listed or not.
TEST(Roles, ANameTheDocumentDelimitsEndsWhereItDoes) {
    const std::string body = "1. Phòng Văn hóa và Thông tin biên tập đề cương tuyên truyền.\n"
                             "2. Trung tâm Chính trị huyện mở lớp bồi dưỡng.\n";
    Pairs alone = roles(body);
    EXPECT_FALSE(has(alone, "Phòng Văn hóa và Thông tin", "thực hiện"));  // nothing says where it ends
    Pairs p = roles(body + "Nơi nhận:\n- Phòng Văn hóa và Thông tin;\n- Trung tâm Chính trị huyện (để b/c);\n- Lưu: VT.\n");
    EXPECT_TRUE(has(p, "Phòng Văn hóa và Thông tin", "thực hiện"));
    EXPECT_TRUE(has(p, "Trung tâm Chính trị huyện", "thực hiện"));  // the level ends it anyway
    // A name a listed verb ends in one sentence ends there in another too.
    Pairs again = roles("1. Sở Tài chính chủ trì tổng hợp dự toán.\n2. Sở Tài chính điều hòa nguồn vốn cho các dự án.\n");
    EXPECT_TRUE(has(again, "Sở Tài chính", "thực hiện"));
    EXPECT_FALSE(has(roles("2. Sở Tài chính điều hòa nguồn vốn cho các dự án.\n"), "Sở Tài chính", "thực hiện"));
    // The same name going on with a link or a level is not cut.
    Pairs longer = roles("1. Phòng Văn hóa và Thông tin huyện soạn thảo đề cương.\n"
                         "Nơi nhận:\n- Phòng Văn hóa và Thông tin;\n");
    EXPECT_TRUE(has(longer, "Phòng Văn hóa và Thông tin huyện", "thực hiện"));
}

}  // namespace
}  // namespace vbtrack
