// Names and roles of units that the grammar of responsible bodies must open and
// carry whole: school and party-cell units, lower-case kinds of bodies at a
// clause's start, a repeated head word, an office with its scope, the fixed
// phrase "tham mưu, giúp việc". Sentences written for these tests (issue #6).
#include <gtest/gtest.h>

#include "role_pairs.hpp"

namespace vbtrack::test {
namespace {

// Units of a school and of a party cell, as subjects and as objects.
TEST(UnitNames, SchoolAndPartyCellUnits) {
    Pairs p = roles("2. Liên đội Trường Tiểu học Nà Khoang chủ trì, phối hợp với Chi đoàn giáo viên tổ chức Hội "
                    "khỏe Phù Đổng cấp trường.");
    EXPECT_TRUE(has(p, "Liên đội Trường Tiểu học Nà Khoang", "chủ trì")) << dump(p);
    EXPECT_TRUE(has(p, "Chi đoàn giáo viên", "phối hợp")) << dump(p);
    Pairs cell = roles("Đề nghị các đảng ủy xã chỉ đạo chi ủy các chi bộ thôn rà soát danh sách đảng viên.");
    EXPECT_TRUE(has(cell, "Chi ủy các chi bộ thôn", "thực hiện")) << dump(cell);
    // "tổ chức" after a plural is the activity's noun, "chi" alone no unit.
    Pairs activity = roles("3. Chi bộ chỉ đạo các tổ chức đoàn thể nhà trường tham gia tuyên truyền.");
    EXPECT_FALSE(has(activity, "Chi ủy", "thực hiện")) << dump(activity);
}

// "...; X và Y <verb> ...": a clause after ";" with a subject of its own.
TEST(UnitNames, ASubjectAfterASemicolon) {
    Pairs p = roles("1. Ban Giám hiệu rà soát phòng học trước năm học mới; Tổ Toán - Tin và Tổ Ngữ văn xây dựng "
                    "đề cương ôn tập cho học sinh lớp 12.");
    EXPECT_TRUE(has(p, "Ban Giám hiệu", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Tổ Toán - Tin", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Tổ Ngữ văn", "thực hiện")) << dump(p);
    // A lower-case kind of body at the clause's start, its specifier a verb elsewhere.
    Pairs lower = roles("Các chi bộ tổ chức sinh hoạt chuyên đề; ủy ban kiểm tra đảng ủy các xã giám sát việc "
                        "thực hiện.");
    EXPECT_TRUE(has(lower, "Ủy ban kiểm tra đảng ủy các xã", "theo dõi")) << dump(lower);
    EXPECT_FALSE(has(lower, "Ủy ban", "thực hiện")) << dump(lower);
}

// A head word that a capitalized word and a lower-case one spell together goes
// on with the name ("Đảng ủy" after "Đảng", "Bí thư" after "Phó").
TEST(UnitNames, AHeadInsideANameAfterACapitalizedWord) {
    Pairs p = roles("3. Ban Tuyên giáo và Dân vận Đảng ủy phường chủ trì, phối hợp với Văn phòng Đảng ủy phường "
                    "tổng hợp ý kiến.");
    EXPECT_TRUE(has(p, "Ban Tuyên giáo và Dân vận Đảng ủy phường", "chủ trì")) << dump(p);
    Pairs party = roles("Giao Ban Xây dựng Đảng Đảng ủy phường hướng dẫn các chi bộ kiểm điểm.");
    EXPECT_TRUE(has(party, "Ban Xây dựng Đảng Đảng ủy phường", "thực hiện")) << dump(party);
    Pairs office = roles("Giao đồng chí Phó Bí thư Đảng ủy chuẩn bị nhân sự đại hội.");
    EXPECT_TRUE(has(office, "Phó Bí thư Đảng ủy", "thực hiện")) << dump(office);
}

// After a subordinate clause that lists with commas of its own, the subject is the
// name its verb follows; a lower-case "cấp ủy" is a body.
TEST(UnitNames, TheSubjectAfterAClauseWithCommas) {
    Pairs p = roles("Khi phát hiện dấu hiệu vi phạm, tiêu cực của cán bộ, đảng viên, cấp ủy chi bộ báo cáo bằng "
                    "văn bản với Đảng ủy xã.");
    EXPECT_TRUE(has(p, "Cấp ủy chi bộ", "thực hiện")) << dump(p);
    // A body named as an object gives no one a task.
    Pairs object = roles("Tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận.");
    EXPECT_TRUE(object.empty()) << dump(object);
}

// "bộ phận A, bộ phận B": the head word repeated after a comma opens the next name.
TEST(UnitNames, ARepeatedHeadAfterACommaIsTheNextName) {
    Pairs p = roles("Giao bộ phận Kế toán chủ trì, phối hợp với bộ phận Văn thư, bộ phận Thiết bị rà soát tài sản.");
    EXPECT_TRUE(has(p, "Bộ phận Văn thư", "phối hợp")) << dump(p);
    EXPECT_TRUE(has(p, "Bộ phận Thiết bị", "phối hợp")) << dump(p);
    EXPECT_FALSE(has(p, "Bộ phận Văn thư, bộ phận Thiết bị", "phối hợp")) << dump(p);
    // Different heads after a comma in lower case stay one name ("Chăn nuôi, thú y").
    Pairs field = roles("Giao Chi cục Chăn nuôi, thú y tỉnh theo dõi dịch bệnh.");
    EXPECT_TRUE(has(field, "Chi cục Chăn nuôi, thú y tỉnh", "theo dõi")) << dump(field);
}

// "Giao X phụ trách <scope> <verb>", "Giao X được phân công phụ trách <scope> <verb>":
// the scope qualifies the office; the verb after it gives the role.
TEST(UnitNames, AnOfficeWithItsScope) {
    Pairs p = roles("Giao Phó Giám đốc Sở phụ trách khối văn hóa theo dõi, đôn đốc việc thực hiện.");
    EXPECT_TRUE(has(p, "Phó Giám đốc Sở phụ trách khối văn hóa", "theo dõi")) << dump(p);
    EXPECT_FALSE(has(p, "Phó Giám đốc Sở phụ trách khối văn hóa", "thực hiện")) << dump(p);
    Pairs assigned = roles("Giao công chức Văn phòng được phân công phụ trách thôn hướng dẫn người dân kê khai.");
    EXPECT_TRUE(has(assigned, "Công chức Văn phòng được phân công phụ trách thôn", "thực hiện")) << dump(assigned);
}

// "các cơ quan tham mưu, giúp việc Tỉnh ủy": a fixed phrase of party organisation
// with a comma inside, part of the name.
TEST(UnitNames, AdvisoryAndSupportOrgansKeepTheirComma) {
    Pairs p = roles("4. Các cơ quan tham mưu, giúp việc Thành ủy xây dựng kế hoạch thực hiện Chỉ thị.");
    EXPECT_TRUE(has(p, "Các cơ quan tham mưu, giúp việc Thành ủy", "thực hiện")) << dump(p);
    EXPECT_FALSE(has(p, "Các cơ quan", "thực hiện")) << dump(p);
}

// A heading that names two bodies makes both the subject of the lines under it.
TEST(UnitNames, AHeadingOfTwoBodies) {
    Pairs p = roles("4. Phòng Văn hóa - Thông tin huyện, Đài Truyền thanh huyện\n"
                    "Xây dựng chuyên mục tuyên truyền; phối hợp với Trung tâm Y tế huyện đưa tin về phòng, chống "
                    "dịch.\n"
                    "5. Các xã, thị trấn báo cáo kết quả.");
    EXPECT_TRUE(has(p, "Phòng Văn hóa - Thông tin huyện", "phối hợp")) << dump(p);
    EXPECT_TRUE(has(p, "Đài Truyền thanh huyện", "phối hợp")) << dump(p);
    EXPECT_TRUE(has(p, "Trung tâm Y tế huyện", "phối hợp")) << dump(p);
    EXPECT_TRUE(has(p, "Đài Truyền thanh huyện", "thực hiện")) << dump(p);
    EXPECT_FALSE(has(p, "Phối hợp với Trung tâm Y tế huyện", "thực hiện")) << dump(p);
    // Lettered sub-items are under the heading: its bodies are their subject too.
    Pairs sub = roles("3. Ủy ban nhân dân các phường\n"
                      "a) Rà soát danh sách hộ kinh doanh trên địa bàn.\n"
                      "b) Phối hợp với Đội Quản lý thị trường số 4 kiểm tra các cơ sở kinh doanh.\n"
                      "4. Tổ chức thực hiện");
    EXPECT_TRUE(has(sub, "Ủy ban nhân dân các phường", "phối hợp")) << dump(sub);
    EXPECT_TRUE(has(sub, "Đội Quản lý thị trường số 4", "phối hợp")) << dump(sub);
}

// "2. Ủy ban nhân dân phường:" over its items is a heading; "khi có yêu cầu; phối
// hợp với ..." asks nothing of the partner; "Điều 3. X tiến hành ..." gives X the task.
TEST(UnitNames, HeadingsRequestsAndArticles) {
    Pairs p = roles("2. Ủy ban nhân dân phường:\n"
                    "- Rà soát hộ nghèo, hộ cận nghèo trên địa bàn.\n"
                    "3. Công an phường\n"
                    "Bố trí lực lượng khi có yêu cầu; phối hợp với Đội Cảnh sát giao thông tuần tra.");
    EXPECT_TRUE(has(p, "Ủy ban nhân dân phường", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Đội Cảnh sát giao thông", "phối hợp")) << dump(p);
    EXPECT_FALSE(has(p, "Phối hợp với Đội Cảnh sát giao thông", "thực hiện")) << dump(p);
    Pairs article = roles("Điều 3. Tổ công tác tiến hành kiểm tra tại các xã trong thời hạn 10 ngày.");
    EXPECT_TRUE(has(article, "Tổ công tác", "thực hiện")) << dump(article);
    // Who asks ("X yêu cầu Y ...") gives the task; it does not take it.
    Pairs ask = roles("Giám đốc Sở yêu cầu Trưởng các phòng nghiêm túc thực hiện.");
    EXPECT_TRUE(has(ask, "Trưởng các phòng", "thực hiện")) << dump(ask);
    EXPECT_FALSE(has(ask, "Giám đốc Sở", "thực hiện")) << dump(ask);
}

}  // namespace
}  // namespace vbtrack::test
