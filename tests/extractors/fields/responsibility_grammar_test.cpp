// Responsible bodies read from the grammar of a name and of the sentence that
// assigns it, one class per test, each in several shapes: units of an institution
// and other organisational nouns as heads, a plural that names no one, classes of
// persons, offices held by a person, clauses told in the past, a report's
// recommendations, a heading whose items name their own subjects, subjects after
// an opening clause or with an apposition, requests to a collective. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "role_pairs.hpp"

namespace vbtrack {
namespace {

using test::dump;
using test::has;
using test::Pairs;
using test::roles;

Pairs report_roles(std::string_view text) {
    DocumentText t = DocumentText::from_plain(text);
    RoleContext context;
    context.narrative = true;
    Pairs out;
    for (const auto& r : find_roles(t, {0, t.text().size()}, context)) out.emplace_back(r.name, r.role);
    return out;
}

// "Khoa", "Bảo tàng", "Thư viện", "Công đoàn" open names; "Khoa học" inside a Sở's name does not.
TEST(NameGrammar, UnitsOfAnInstitutionAreBodies) {
    Pairs p = roles("1. Khoa Hồi sức tích cực và Chống độc chủ trì, phối hợp với Khoa Xét nghiệm - Chẩn đoán hình "
                    "ảnh rà soát quy trình lấy mẫu.");
    EXPECT_TRUE(has(p, "Khoa Hồi sức tích cực và Chống độc", "chủ trì")) << dump(p);
    EXPECT_TRUE(has(p, "Khoa Xét nghiệm - Chẩn đoán hình ảnh", "phối hợp")) << dump(p);
    Pairs unit = roles("2. Khoa Khám bệnh - Cấp cứu dự trù thuốc và vật tư tiêu hao cho quý III.");
    EXPECT_TRUE(has(unit, "Khoa Khám bệnh - Cấp cứu", "thực hiện")) << dump(unit);
    EXPECT_EQ(unit.size(), 1u) << dump(unit);
    Pairs science = roles("3. Sở Khoa học và Công nghệ thẩm định hồ sơ đề tài.");
    EXPECT_TRUE(has(science, "Sở Khoa học và Công nghệ", "thực hiện")) << dump(science);
    EXPECT_EQ(science.size(), 1u) << dump(science);
}

// A comma before an organisational noun starts the next name of a list.
TEST(NameGrammar, AnOrganisationalNounAfterACommaIsTheNextName) {
    Pairs p = roles("4. Sở Văn hóa và Thể thao chủ trì, phối hợp với Sở Du lịch, Thư viện tỉnh tổ chức hội sách.");
    EXPECT_TRUE(has(p, "Sở Du lịch", "phối hợp")) << dump(p);
    EXPECT_TRUE(has(p, "Thư viện tỉnh", "phối hợp")) << dump(p);
    Pairs museum = roles("2. Trung tâm Văn hóa huyện, Bảo tàng Quang Trung trưng bày hiện vật.");
    EXPECT_TRUE(has(museum, "Bảo tàng Quang Trung", "thực hiện")) << dump(museum);
    EXPECT_TRUE(has(museum, "Trung tâm Văn hóa huyện", "thực hiện")) << dump(museum);
}

// "Các" names doers only before a body's head or a noun of bodies, persons or places.
TEST(NameGrammar, APluralOfThingsNamesNoOne) {
    EXPECT_TRUE(roles("Các tài liệu hướng dẫn đăng tải trên cổng thông tin điện tử của Sở.").empty());
    EXPECT_TRUE(roles("Các hạng mục công trình hoàn thành trong năm 2024 gồm ba nhà lớp học.").empty());
    Pairs units = roles("Các đơn vị gửi báo cáo về Văn phòng trước ngày 10 hằng tháng.");
    EXPECT_TRUE(has(units, "Các đơn vị", "thực hiện")) << dump(units);
    Pairs hamlets = roles("3. Các thôn, bản rà soát danh sách hộ nghèo.");
    EXPECT_TRUE(has(hamlets, "Các thôn, bản", "thực hiện")) << dump(hamlets);
    Pairs schools = roles("2. Các trường mầm non tổ chức khám sức khỏe cho trẻ.");
    EXPECT_TRUE(has(schools, "Các trường mầm non", "thực hiện")) << dump(schools);
}

// A verb with "viên" is the person who does it; a verb right after "người" says which persons.
TEST(NameGrammar, ClassesOfPersonsAreNotCutAtTheirVerb) {
    Pairs p = roles("1. Các chi bộ xây dựng kế hoạch học tập; chỉ đạo đội ngũ hướng dẫn viên, thuyết minh viên "
                    "giới thiệu di tích cho du khách.");
    EXPECT_TRUE(has(p, "Các chi bộ", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Đội ngũ hướng dẫn viên, thuyết minh viên", "thực hiện")) << dump(p);
    // Without a subject of its own the sentence's "; chỉ đạo Y" is the heading body's way of working.
    Pairs item = roles("- Tiếp nhận kiến nghị của cử tri; chỉ đạo các cơ quan, đơn vị có liên quan giải quyết.");
    EXPECT_TRUE(item.empty()) << dump(item);
    Pairs unit = roles("2. Phòng Chăm sóc người tham gia cập nhật dữ liệu trên hệ thống.");
    EXPECT_TRUE(has(unit, "Phòng Chăm sóc người tham gia", "thực hiện")) << dump(unit);
    // "kiểm tra viên chức": the verb and its object, not a person.
    Pairs verb = roles("3. Phòng Nội vụ kiểm tra viên chức các trường học.");
    EXPECT_TRUE(has(verb, "Phòng Nội vụ", "thực hiện")) << dump(verb);
}

// "đồng chí" / "đ/c" before an office: the office is the responsible body.
TEST(NameGrammar, AnOfficeHeldByAComrade) {
    Pairs p = roles("Giao đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra phụ trách khối theo dõi, đôn đốc việc thực hiện.");
    EXPECT_TRUE(has(p, "Phó Chủ nhiệm Ủy ban Kiểm tra phụ trách khối", "theo dõi")) << dump(p);
    EXPECT_EQ(p.size(), 1u) << dump(p);
    Pairs short_title = roles("Giao đ/c Trưởng ban Tổ chức Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy chuẩn "
                              "bị nội dung hội nghị.");
    EXPECT_TRUE(has(short_title, "Trưởng ban Tổ chức Huyện ủy", "chủ trì")) << dump(short_title);
    // "Các đồng chí ..." is a plural of persons and keeps its words.
    Pairs plural = roles("3. Các đồng chí Huyện ủy viên theo dõi, đôn đốc cơ sở được phân công.");
    EXPECT_TRUE(has(plural, "Các đồng chí Huyện ủy viên", "theo dõi")) << dump(plural);
}

// A clause told in the past ("đã") reports what was done: it assigns nothing.
TEST(SentenceGrammar, PastAchievementsAssignNothing) {
    EXPECT_TRUE(roles("Năm 2024, Hội Nông dân huyện đã phối hợp với Ngân hàng Chính sách xã hội huyện giải ngân "
                      "42 tỷ đồng.")
                    .empty());
    EXPECT_TRUE(report_roles("Ban đã chủ trì, phối hợp với Công an huyện tổ chức 03 đợt tuần tra.").empty());
    // Not the tense of an opening phrase nor of an object.
    Pairs opening = roles("Trên cơ sở kết quả đã đạt được, Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng đề án.");
    EXPECT_TRUE(has(opening, "Sở Y tế", "chủ trì")) << dump(opening);
    Pairs object = roles("3. Sở Xây dựng rà soát các dự án đã hoàn thành, phối hợp với Sở Tài chính quyết toán vốn.");
    EXPECT_TRUE(has(object, "Sở Tài chính", "phối hợp")) << dump(object);
    // The same sentence as a task assigns.
    Pairs task = roles("2. Hội Nông dân huyện phối hợp với Ngân hàng Chính sách xã hội huyện giải ngân vốn vay.");
    EXPECT_TRUE(has(task, "Ngân hàng Chính sách xã hội huyện", "phối hợp")) << dump(task);
}

// A head that needs a specifier ("Sở", "Đoàn") takes a lower-case one ("Đoàn kiểm
// tra"), but a tense or modal word or "chỉ" (only) after it is the sentence's, not the name's.
TEST(NameGrammar, ATenseOrModalWordIsNoSpecifier) {
    EXPECT_TRUE(roles("1. Đoàn đã lập biên bản vi phạm hành chính.").empty()) << dump(roles("1. Đoàn đã lập biên bản."));
    EXPECT_TRUE(report_roles("Sở đã tiếp thu, hoàn thiện theo các ý kiến góp ý.").empty());
    Pairs will = roles("2. Tổ sẽ kiểm tra việc thực hiện tại các xã.");
    EXPECT_FALSE(has(will, "Tổ sẽ", "thực hiện")) << dump(will);
    Pairs specifier = roles("3. Đoàn kiểm tra lập biên bản vi phạm hành chính.");
    EXPECT_TRUE(has(specifier, "Đoàn kiểm tra", "thực hiện")) << dump(specifier);
    // "chỉ" is "only" before a verb, a noun's first syllable in "chỉ đạo", "chỉ huy".
    // What follows it is what the body does, as after a modal.
    Pairs only = roles("4. Trong thời gian chỉnh lý, Kho bạc Nhà nước huyện chỉ thanh toán các khoản chi đủ hồ sơ.");
    EXPECT_TRUE(has(only, "Kho bạc Nhà nước huyện", "thực hiện")) << dump(only);
    for (const auto& [name, role] : only) EXPECT_EQ(name.find("chỉ"), std::string::npos) << dump(only);
    Pairs command = roles("5. Ban chỉ huy Quân sự huyện tổ chức huấn luyện.");
    EXPECT_TRUE(has(command, "Ban chỉ huy Quân sự huyện", "thực hiện")) << dump(command);
}

// A report's "Đề nghị X ..." (kiến nghị) asks its superiors: no task, whatever verb follows.
TEST(SentenceGrammar, AReportsRecommendationsAssignNothing) {
    EXPECT_TRUE(report_roles("Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính bố trí kinh phí mua xe cứu thương.")
                    .empty());
    EXPECT_TRUE(report_roles("Kiến nghị Sở Nông nghiệp và Môi trường hỗ trợ giống cây trồng.").empty());
    // A numbered item of the tasks ahead still assigns.
    Pairs item = report_roles("4. Đề nghị Ủy ban nhân dân huyện chỉ đạo Phòng Kinh tế chủ trì, phối hợp với Phòng "
                              "Tài chính rà soát nguồn vốn.");
    EXPECT_TRUE(has(item, "Phòng Kinh tế", "chủ trì")) << dump(item);
    // In a plan the same request is a task.
    Pairs plan = roles("Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính bố trí kinh phí mua xe cứu thương.");
    EXPECT_TRUE(has(plan, "Sở Tài chính", "thực hiện")) << dump(plan);
}

// A heading whose items name their own subjects only groups them; one whose
// items have none is their subject.
TEST(SentenceGrammar, AHeadingIsResponsibleOnlyForItemsWithoutASubject) {
    Pairs p = roles("2. Các đơn vị trực thuộc Sở\n"
                    "Trung tâm Kiểm nghiệm chủ trì, phối hợp với Chi cục An toàn thực phẩm lấy mẫu kiểm tra.\n"
                    "3. Ủy ban nhân dân các xã\n"
                    "- Rà soát các cơ sở kinh doanh trên địa bàn;\n"
                    "- Báo cáo kết quả về Sở trước ngày 20 hằng tháng.");
    EXPECT_TRUE(has(p, "Trung tâm Kiểm nghiệm", "chủ trì")) << dump(p);
    EXPECT_TRUE(has(p, "Ủy ban nhân dân các xã", "thực hiện")) << dump(p);
    EXPECT_FALSE(has(p, "Các đơn vị trực thuộc Sở", "thực hiện")) << dump(p);
    // Lettered items under a numbered heading are its too; the next number ends it.
    Pairs sub = roles("1. Trung tâm Y tế các huyện\n"
                      "a) Chỉ đạo trạm y tế xã rà soát đối tượng tiêm chủng;\n"
                      "b) Trạm y tế xã báo cáo kết quả hằng tuần.\n"
                      "2. Các trường học\n"
                      "Trung tâm Kiểm soát bệnh tật tỉnh hướng dẫn chuyên môn.");
    EXPECT_TRUE(has(sub, "Trung tâm Y tế các huyện", "thực hiện")) << dump(sub);
    EXPECT_FALSE(has(sub, "Các trường học", "thực hiện")) << dump(sub);
}

// The subject after an opening clause of time or condition, verb and all.
TEST(SentenceGrammar, SubjectAfterAnOpeningClause) {
    Pairs p = roles("Sau khi Đề án được phê duyệt, Sở Nội vụ chủ trì, phối hợp với Sở Tài chính hướng dẫn các địa "
                    "phương triển khai.");
    EXPECT_TRUE(has(p, "Sở Nội vụ", "chủ trì")) << dump(p);
    EXPECT_TRUE(has(p, "Sở Tài chính", "phối hợp")) << dump(p);
    Pairs cond = roles("Khi có vướng mắc phát sinh, Văn phòng Ủy ban nhân dân huyện có trách nhiệm tổng hợp, báo cáo.");
    EXPECT_TRUE(has(cond, "Văn phòng Ủy ban nhân dân huyện", "thực hiện")) << dump(cond);
}

// A time limit counted from an event ("trong thời hạn ... kể từ ...", "chậm nhất
// ... sau khi ...") is an opening clause with a verb of its own; the subject
// follows its comma, in capitals or not, and after ";" too.
TEST(SentenceGrammar, SubjectAfterATimeLimitCountedFromAnEvent) {
    Pairs p = roles("2. Trong thời hạn 15 ngày kể từ ngày ký Quyết định, Phòng Kinh tế lập danh sách các hộ.");
    EXPECT_TRUE(has(p, "Phòng Kinh tế", "thực hiện")) << dump(p);
    Pairs lower = roles("3. Chậm nhất 05 ngày làm việc sau khi hội nghị kết thúc, ban chấp hành các chi hội gửi biên "
                        "bản về Hội Nông dân xã.");
    EXPECT_TRUE(has(lower, "Ban chấp hành các chi hội", "thực hiện")) << dump(lower);
    Pairs later = roles("4. Tổ công tác kiểm tra thực tế các hộ; trong vòng 03 ngày sau khi kiểm tra xong, Văn phòng "
                        "Ủy ban nhân dân xã tổng hợp kết quả.");
    EXPECT_TRUE(has(later, "Văn phòng Ủy ban nhân dân xã", "thực hiện")) << dump(later);
}

// "gửi văn bản đề nghị X ...": the request names a letter; X is whom it goes to.
TEST(SentenceGrammar, ALetterOfRequestGivesNoTask) {
    Pairs p = roles("1. Phòng Nội vụ gửi văn bản đề nghị Sở Nội vụ tỉnh Sơn La hướng dẫn quy trình.");
    EXPECT_TRUE(has(p, "Phòng Nội vụ", "thực hiện")) << dump(p);
    EXPECT_FALSE(has(p, "Sở Nội vụ tỉnh Sơn La", "thực hiện")) << dump(p);
    Pairs asked = roles("Ủy ban nhân dân huyện đề nghị Sở Nội vụ tỉnh Sơn La hướng dẫn quy trình.");
    EXPECT_TRUE(has(asked, "Sở Nội vụ tỉnh Sơn La", "thực hiện")) << dump(asked);
}

// "X là <what X is>, <verb> ...": X does what follows the comma.
TEST(SentenceGrammar, SubjectWithAnApposition) {
    Pairs p = roles("Phòng Nội vụ huyện là cơ quan thường trực của Hội đồng, tham mưu Chủ tịch Hội đồng xây dựng "
                    "quy chế hoạt động.");
    EXPECT_TRUE(has(p, "Phòng Nội vụ huyện", "thực hiện")) << dump(p);
    EXPECT_EQ(p.size(), 1u) << dump(p);
    // Without a verb after the comma it is a statement.
    EXPECT_TRUE(roles("Phòng Nội vụ huyện là cơ quan thường trực của Hội đồng, có con dấu riêng.").empty());
}

// "đề nghị" a collective with what it is to do is a request; "để ... biết, thực hiện" is not.
TEST(SentenceGrammar, ARequestToACollective) {
    Pairs p = roles("Ủy ban nhân dân huyện đề nghị các hộ kinh doanh, cơ sở sản xuất nghiêm túc thực hiện.");
    EXPECT_TRUE(has(p, "Các hộ kinh doanh, cơ sở sản xuất", "thực hiện")) << dump(p);
    Pairs closing = roles("Ủy ban nhân dân huyện thông báo để các cơ quan, đơn vị biết, thực hiện.");
    EXPECT_FALSE(has(closing, "Các cơ quan, đơn vị", "thực hiện")) << dump(closing);
    // "các đơn vị" alone refers back to the units addressed: no one new.
    Pairs units = roles("Sở Công Thương đề nghị các đơn vị quan tâm, phối hợp thực hiện.");
    EXPECT_FALSE(has(units, "Các đơn vị", "thực hiện")) << dump(units);
}

// "Giao X lãnh đạo Y chủ trì, phối hợp với Z ...": X directs, Y leads, Z takes part.
TEST(SentenceGrammar, TheBodyDirectedLeads) {
    Pairs p = roles("2. Giao Đảng ủy Công an huyện lãnh đạo Công an huyện chủ trì, phối hợp với Ban Chỉ huy Quân sự "
                    "huyện tổ chức diễn tập phòng thủ.");
    EXPECT_TRUE(has(p, "Đảng ủy Công an huyện", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Công an huyện", "chủ trì")) << dump(p);
    EXPECT_TRUE(has(p, "Ban Chỉ huy Quân sự huyện", "phối hợp")) << dump(p);
    // "tham mưu lãnh đạo Văn phòng ... chủ trì": the leaders of a body, who lead.
    Pairs leaders = roles("- Tham mưu lãnh đạo Văn phòng Sở phụ trách chủ trì, phối hợp với Phòng Pháp chế thẩm định "
                          "hồ sơ.");
    EXPECT_TRUE(has(leaders, "Lãnh đạo Văn phòng Sở phụ trách", "chủ trì")) << dump(leaders);
}

// "trong" + a noun of bodies or places qualifies a name; "trong" + a time does not.
TEST(NameGrammar, WhereTheBodiesAreIsPartOfTheName) {
    Pairs p = roles("Đề nghị Liên đoàn Lao động huyện chỉ đạo công đoàn cơ sở trong doanh nghiệp tư nhân vận động "
                    "công nhân tham gia.");
    EXPECT_TRUE(has(p, "Công đoàn cơ sở trong doanh nghiệp tư nhân", "thực hiện")) << dump(p);
    Pairs time = roles("3. Phòng Y tế báo cáo trong tháng 5/2025.");
    EXPECT_TRUE(has(time, "Phòng Y tế", "thực hiện")) << dump(time);
}

// "và" before a lower-case kind after a lower-case kind goes on with the list of kinds;
// after a closed name or before a capitalized body it starts the next name.
TEST(NameGrammar, AListOfKindsJoinedByAnd) {
    Pairs p = roles("1. Hội Nông dân các xã, chi hội nghề nghiệp và tổ hội nông dân trực thuộc tổ chức tập huấn.");
    EXPECT_TRUE(has(p, "Hội Nông dân các xã, chi hội nghề nghiệp và tổ hội nông dân trực thuộc", "thực hiện"))
        << dump(p);
    EXPECT_EQ(p.size(), 1u) << dump(p);
    Pairs two = roles("2. Phòng Y tế huyện và trạm y tế các xã rà soát danh sách.");
    EXPECT_TRUE(has(two, "Phòng Y tế huyện", "thực hiện")) << dump(two);
    EXPECT_TRUE(has(two, "Trạm y tế các xã", "thực hiện")) << dump(two);
}

// "giáo dục thường xuyên" names a field; it is not the adverb "thường xuyên".
TEST(NameGrammar, ContinuingEducationIsAField) {
    Pairs p = roles("4. Phòng Công tác học sinh phối hợp với Phòng Giáo dục thường xuyên rà soát hồ sơ dự thi.");
    EXPECT_TRUE(has(p, "Phòng Giáo dục thường xuyên", "phối hợp")) << dump(p);
    Pairs adverb = roles("5. Phòng Y tế thường xuyên kiểm tra các cơ sở.");
    EXPECT_TRUE(has(adverb, "Phòng Y tế", "thực hiện")) << dump(adverb);
}

// A sentence after one that ends in a date or code ("Quý IV/2024.") has a subject of its own.
TEST(SentenceGrammar, ASentenceAfterADateHasItsOwnSubject) {
    Pairs p = roles("Phòng Nghiệp vụ chủ trì, phối hợp với Phòng Pháp chế kiểm tra hồ sơ, hoàn thành trong Quý "
                    "III/2025. Phòng Công nghệ thông tin cập nhật phần mềm quản lý.");
    EXPECT_TRUE(has(p, "Phòng Nghiệp vụ", "chủ trì")) << dump(p);
    EXPECT_TRUE(has(p, "Phòng Công nghệ thông tin", "thực hiện")) << dump(p);
    Pairs code = roles("Thực hiện Công văn số 15/UBND-VX. Trung tâm Văn hóa huyện rà soát các thiết chế văn hóa.");
    EXPECT_TRUE(has(code, "Trung tâm Văn hóa huyện", "thực hiện")) << dump(code);
}

// "X ... kết luận như sau:", "X thông báo như sau:" introduces what follows; a
// numbered item that does ("1. Sở X thực hiện các nội dung sau:") is X's task.
TEST(SentenceGrammar, AVoiceIntroducingWhatFollowsIsNoTask) {
    EXPECT_TRUE(roles("Sau khi nghe các đại biểu phát biểu, Chủ tịch Ủy ban nhân dân huyện ghi nhận kết quả đạt "
                      "được và kết luận như sau:")
                    .empty());
    Pairs item = roles("1. Phòng Tài chính - Kế hoạch thực hiện các nội dung như sau:");
    EXPECT_TRUE(has(item, "Phòng Tài chính - Kế hoạch", "thực hiện")) << dump(item);
}

// A body defined as "(sau đây gọi tắt là X)" is responsible under the short name it gets its tasks by.
TEST(NameGrammar, ABodyByItsDefinedShortName) {
    Pairs p = roles("Điều 1. Thành lập Tổ công tác liên ngành kiểm tra an toàn thực phẩm huyện (sau đây gọi tắt là "
                    "Tổ công tác), gồm các ông (bà) có tên sau:\n"
                    "1. Ông Lò Văn Piềng, Trưởng phòng Y tế - Tổ trưởng;\n"
                    "Điều 2. Tổ công tác có nhiệm vụ:\n"
                    "- Kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn;\n"
                    "- Báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 30/6/2025.");
    EXPECT_TRUE(has(p, "Tổ công tác", "thực hiện")) << dump(p);
    EXPECT_EQ(p.size(), 1u) << dump(p);
}

}  // namespace
}  // namespace vbtrack
