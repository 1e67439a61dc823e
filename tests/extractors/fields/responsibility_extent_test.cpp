// Where the names of responsible bodies start and end: sentences written for
// these tests, one class of name per test (a word inside a name that looks like
// its end, a verb no list holds after a name, places after a plural level's
// colon, the qualifier a plural level keeps, a list longer than any name, a police
// field's subject, a head inside a name, members and traders, a unit in
// parentheses, a contact).
#include <gtest/gtest.h>

#include "role_pairs.hpp"

namespace vbtrack {
namespace {

using test::dump;
using test::has;
using test::Pairs;
using test::roles;

// A list of five bodies runs longer than any one name may: each is a body.
TEST(NameExtent, ALongListOfBodiesIsReadWhole) {
    Pairs p = roles("2. Ủy ban nhân dân huyện, Tòa án nhân dân huyện, Viện kiểm sát nhân dân huyện, Chi cục Thi hành "
                    "án dân sự huyện và các cơ quan, đơn vị chịu sự giám sát có trách nhiệm gửi báo cáo.");
    for (const char* body : {"Ủy ban nhân dân huyện", "Tòa án nhân dân huyện", "Viện kiểm sát nhân dân huyện",
                             "Chi cục Thi hành án dân sự huyện", "Các cơ quan, đơn vị chịu sự giám sát"})
        EXPECT_TRUE(has(p, body, "thực hiện")) << body << "\n" << dump(p);
    EXPECT_EQ(p.size(), 5u) << dump(p);
}

// A police field names its subject after "về": the name runs on; a "về" after
// another name is still where it ends.
TEST(NameExtent, APoliceFieldKeepsItsSubject) {
    Pairs p = roles("1. Phòng Cảnh sát giao thông chủ trì, phối hợp với Phòng Cảnh sát quản lý hành chính về trật tự "
                    "xã hội và Công an các huyện xây dựng kế hoạch tuần tra.");
    EXPECT_TRUE(has(p, "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "phối hợp")) << dump(p);
    EXPECT_TRUE(has(p, "Công an các huyện", "phối hợp")) << dump(p);
    Pairs drugs = roles("2. Đội Cảnh sát điều tra tội phạm về ma túy chủ trì, phối hợp với Công an các xã rà soát "
                        "đối tượng.");
    EXPECT_TRUE(has(drugs, "Đội Cảnh sát điều tra tội phạm về ma túy", "chủ trì")) << dump(drugs);
    Pairs report = roles("3. Phòng Cảnh sát giao thông về dự họp và báo cáo kết quả.");
    for (const auto& [name, role] : report) EXPECT_EQ(name.find("về"), std::string::npos) << dump(report);
}

// "Tham mưu" capitalized after a head is the unit's name (the staff office), not
// the verb "advise"; "hình sự", "quân sự" are words, not "sự" making a noun of
// the verb after them.
TEST(NameExtent, AStaffOfficeAndACriminalPoliceUnit) {
    Pairs p = roles("3. Phòng Tham mưu chủ trì, phối hợp với Phòng Cảnh sát hình sự, Ban Chỉ huy Quân sự huyện xây "
                    "dựng phương án bảo vệ.");
    EXPECT_TRUE(has(p, "Phòng Tham mưu", "chủ trì")) << dump(p);
    EXPECT_TRUE(has(p, "Phòng Cảnh sát hình sự", "phối hợp")) << dump(p);
    EXPECT_TRUE(has(p, "Ban Chỉ huy Quân sự huyện", "phối hợp")) << dump(p);
    EXPECT_EQ(p.size(), 3u) << dump(p);
    Pairs advise = roles("4. Tham mưu Ủy ban nhân dân xã chỉ đạo các thôn tổ chức ra quân.");
    EXPECT_FALSE(has(advise, "Ủy ban nhân dân xã", "thực hiện")) << dump(advise);
    Pairs criminal = roles("5. Đội Cảnh sát hình sự xác minh, làm rõ các vụ việc.");
    EXPECT_TRUE(has(criminal, "Đội Cảnh sát hình sự", "thực hiện")) << dump(criminal);
}

// Sending people and posting notices end a name as other verbs do; "cử tri"
// (voters) and "bầu cử" (elections) are nouns inside one.
TEST(NameExtent, SendingAndPostingAreVerbs) {
    Pairs p = roles("2. Các chi bộ trực thuộc cử 01 đảng viên tham gia Tổ công tác.");
    EXPECT_TRUE(has(p, "Các chi bộ trực thuộc", "thực hiện")) << dump(p);
    Pairs post = roles("3. Văn phòng Hội đồng nhân dân đăng thông báo trên trang thông tin điện tử.");
    EXPECT_TRUE(has(post, "Văn phòng Hội đồng nhân dân", "thực hiện")) << dump(post);
    Pairs election = roles("4. Ủy ban bầu cử xã niêm yết danh sách cử tri.");
    EXPECT_TRUE(has(election, "Ủy ban bầu cử xã", "thực hiện")) << dump(election);
}

// A head that needs a word after it ("Quỹ", "Ban") takes none inside a name
// whose word before has two syllables: "Ban Quản lý Quỹ" then the verb.
TEST(NameExtent, AHeadInsideANameTakesNoVerbAsItsSpecifier) {
    Pairs p = roles("3. Trong thời hạn 05 ngày làm việc sau khi kết thúc Lễ trao học bổng, Ban Quản lý Quỹ công khai "
                    "danh sách học sinh nhận học bổng.");
    EXPECT_TRUE(has(p, "Ban Quản lý Quỹ", "thực hiện")) << dump(p);
    Pairs report = roles("4. Ban Quản lý Quỹ báo cáo kết quả về Thường trực Tỉnh hội.");
    EXPECT_TRUE(has(report, "Ban Quản lý Quỹ", "thực hiện")) << dump(report);
    Pairs team = roles("5. Ban Quản lý dự án thành lập Tổ giám sát cộng đồng.");
    EXPECT_TRUE(has(team, "Ban Quản lý dự án", "thực hiện")) << dump(team);
}

// Members and traders are doers after "các", as units are.
TEST(NameExtent, MembersAndTradersAsDoers) {
    Pairs p = roles("5. Các hội viên, chi hội tổ chức các hoạt động hưởng ứng Ngày Khuyến học Việt Nam.");
    EXPECT_TRUE(has(p, "Các hội viên, chi hội", "thực hiện")) << dump(p);
    Pairs traders = roles("2. Các thương nhân phân phối xăng dầu bảo đảm đủ nguồn hàng cho hệ thống phân phối.");
    EXPECT_TRUE(has(traders, "Các thương nhân phân phối xăng dầu", "thực hiện")) << dump(traders);
    Pairs youth = roles("3. Các đoàn viên thanh niên tham gia dọn vệ sinh môi trường.");
    EXPECT_TRUE(has(youth, "Các đoàn viên thanh niên", "thực hiện")) << dump(youth);
}

// A unit of a body in parentheses is part of its name; the same body named again
// in parentheses, and a body a report goes through, are not.
TEST(NameExtent, AUnitInParenthesesIsPartOfTheName) {
    Pairs p = roles("5. Giao Chi cục Quản lý thị trường chủ trì, phối hợp với Công an tỉnh (Phòng Cảnh sát kinh tế) "
                    "kiểm tra việc chấp hành quy định về kinh doanh xăng dầu.");
    EXPECT_TRUE(has(p, "Công an tỉnh (Phòng Cảnh sát kinh tế)", "phối hợp")) << dump(p);
    Pairs boats = roles("2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh (Hải đội Biên phòng 2) tuần tra vùng biển giáp ranh.");
    EXPECT_TRUE(has(boats, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh (Hải đội Biên phòng 2)", "thực hiện")) << dump(boats);
    Pairs again = roles("3. Giao Ban Nội chính Tỉnh ủy (Cơ quan Thường trực Ban Chỉ đạo) theo dõi, đôn đốc việc thực "
                        "hiện Thông báo này.");
    EXPECT_TRUE(has(again, "Ban Nội chính Tỉnh ủy", "theo dõi")) << dump(again);
    Pairs through = roles("4. Các huyện ủy báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 15/5/2025.");
    EXPECT_EQ(through.size(), 1u) << dump(through);
}

// Whom the reader may contact is given nothing; a body asked to contact another acts.
TEST(NameExtent, AContactIsNoDoer) {
    EXPECT_TRUE(roles("Nếu có vướng mắc, đề nghị liên hệ Phòng Quản lý thương mại (điện thoại 0299.3822.417) để "
                      "được hướng dẫn.")
                    .empty());
    Pairs p = roles("2. Đề nghị Phòng Văn hóa liên hệ với Sở Du lịch để thống nhất lịch trưng bày.");
    EXPECT_TRUE(has(p, "Phòng Văn hóa", "thực hiện")) << dump(p);
}

// A verb's syllables that end a common noun inside a name: "thông tin thống kê".
TEST(NameExtent, StatisticalInformationIsANoun) {
    Pairs p = roles("2. Phòng Thu thập thông tin thống kê chủ trì, phối hợp với Văn phòng Cục tổ chức kiểm tra.");
    EXPECT_TRUE(has(p, "Phòng Thu thập thông tin thống kê", "chủ trì")) << dump(p);
    EXPECT_FALSE(has(p, "Phòng Thu thập thông tin", "thực hiện")) << dump(p);
    // "thống kê" after anything else is still the verb.
    Pairs verb = roles("3. Phòng Kinh tế thống kê số hộ nghèo.");
    EXPECT_TRUE(has(verb, "Phòng Kinh tế", "thực hiện")) << dump(verb);
}

// One lower-case syllable between capitalized ones is inside a proper name.
TEST(NameExtent, LowerCaseSyllableInsideAProperName) {
    Pairs p = roles("2. Bệnh viện Đa khoa tỉnh và Bệnh viện Phong Da liễu Trung ương Quy Hòa có trách nhiệm "
                    "tiếp nhận người bệnh.");
    EXPECT_TRUE(has(p, "Bệnh viện Đa khoa tỉnh", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Bệnh viện Phong Da liễu Trung ương Quy Hòa", "thực hiện")) << dump(p);
    EXPECT_EQ(p.size(), 2u) << dump(p);
    // A place then a verb and its object still ends the name there.
    Pairs verb = roles("3. Kho bạc Nhà nước Mường Tè kiểm soát chặt chẽ các khoản chi.");
    EXPECT_TRUE(has(verb, "Kho bạc Nhà nước Mường Tè", "thực hiện")) << dump(verb);
}

// "Các X ... khác" closes a plural name; after "và" another name starts, whatever its first word.
TEST(NameExtent, OtherClosesAPluralName) {
    Pairs p = roles("3. Các trường trực thuộc Sở khác và phòng giáo dục các huyện bảo đảm đủ giáo viên.");
    EXPECT_TRUE(has(p, "Các trường trực thuộc Sở khác", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Phòng giáo dục các huyện", "thực hiện")) << dump(p);
    EXPECT_EQ(p.size(), 2u) << dump(p);
}

// A name the document lists under a plural head ("Các cục: A, B") is whole in a
// sentence, with a preposition inside it.
TEST(NameExtent, NamesListedUnderAPluralHeadKeepTheirPrepositions) {
    Pairs p = roles("Kính gửi:\n"
                    "- Các cục: Quản lý chất lượng về an toàn thực phẩm, Thú y;\n"
                    "- Các chi cục trực thuộc.\n"
                    "1. Cục Thú y chủ trì, phối hợp với Cục Quản lý chất lượng về an toàn thực phẩm và các chi cục "
                    "kiểm tra các cơ sở giết mổ.\n"
                    "2. Cục Quản lý chất lượng về an toàn thực phẩm tổng hợp kết quả.");
    EXPECT_TRUE(has(p, "Cục Thú y", "chủ trì")) << dump(p);
    EXPECT_TRUE(has(p, "Cục Quản lý chất lượng về an toàn thực phẩm", "phối hợp")) << dump(p);
    EXPECT_TRUE(has(p, "Các chi cục", "phối hợp")) << dump(p);
    EXPECT_TRUE(has(p, "Cục Quản lý chất lượng về an toàn thực phẩm", "thực hiện")) << dump(p);
    // Without such a list "về" still ends a name: "báo cáo về Sở".
    Pairs plain = roles("2. Phòng Tài chính báo cáo về Sở Tài chính kết quả thực hiện.");
    EXPECT_TRUE(has(plain, "Phòng Tài chính", "thực hiện")) << dump(plain);
    EXPECT_EQ(plain.size(), 1u) << dump(plain);
}

// The field a spaced hyphen joins to a name runs to the level that closes it.
TEST(NameExtent, HyphenatedFieldRunsToTheLevel) {
    Pairs p = roles("4. Giao Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Trung tâm Giáo dục "
                    "nghề nghiệp - Giáo dục thường xuyên thị xã mở lớp đào tạo nghề.");
    EXPECT_TRUE(has(p, "Phòng Lao động - Thương binh và Xã hội", "chủ trì")) << dump(p);
    EXPECT_TRUE(has(p, "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã", "phối hợp")) << dump(p);
    // Not a name's field: a dash between clauses.
    Pairs clause = roles("2. Ủy ban nhân dân các xã - thường xuyên kiểm tra địa bàn.");
    EXPECT_FALSE(has(clause, "Ủy ban nhân dân các xã - thường xuyên kiểm tra địa bàn", "thực hiện")) << dump(clause);
    // Nor the level of a plural after the field: the verb's object.
    Pairs object = roles("3. Ban Tuyên truyền - Thi đua hướng dẫn các huyện, thị xã, thành phố tổ chức phong trào.");
    EXPECT_TRUE(has(object, "Ban Tuyên truyền - Thi đua", "thực hiện")) << dump(object);
    EXPECT_EQ(object.size(), 1u) << dump(object);
}

// A plural name ends with "liên quan": the word after it is the verb, listed or not.
TEST(NameExtent, RelatedClosesAPluralName) {
    Pairs p = roles("2.1. Các phòng, ban liên quan khẩn trương rà soát hồ sơ.\n"
                    "2.2. Các sở, ngành có liên quan sớm hoàn tất thủ tục.");
    EXPECT_TRUE(has(p, "Các phòng, ban liên quan", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Các sở, ngành có liên quan", "thực hiện")) << dump(p);
    EXPECT_EQ(p.size(), 2u) << dump(p);
}

// "X có nhiệm vụ ..." assigns as "X có trách nhiệm ..." does; a team's kind ("Tổ công tác") stays in its name.
TEST(NameExtent, HasTheTaskOf) {
    Pairs p = roles("1. Tổ công tác có nhiệm vụ khảo sát, đánh giá hiện trạng.");
    EXPECT_TRUE(has(p, "Tổ công tác", "thực hiện")) << dump(p);
    EXPECT_EQ(p.size(), 1u) << dump(p);
}

// The places after a plural level's colon are part of its name.
TEST(NameExtent, PlacesAfterAPluralLevelsColon) {
    Pairs p = roles("Điều 3. Chánh Văn phòng Sở, Trưởng phòng Nội vụ các huyện: Mường Tè, Sìn Hồ, Phong Thổ, "
                    "Trưởng phòng Nội vụ thành phố Lai Châu chịu trách nhiệm thi hành Quyết định này./.");
    EXPECT_TRUE(has(p, "Chánh Văn phòng Sở", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Trưởng phòng Nội vụ các huyện: Mường Tè, Sìn Hồ, Phong Thổ", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Trưởng phòng Nội vụ thành phố Lai Châu", "thực hiện")) << dump(p);
    EXPECT_EQ(p.size(), 3u) << dump(p);
    Pairs given = roles("3. Giao Ủy ban nhân dân các xã: Tà Tổng, Pa Vệ Sử, Mù Cả rà soát các hộ nghèo.");
    EXPECT_TRUE(has(given, "Ủy ban nhân dân các xã: Tà Tổng, Pa Vệ Sử, Mù Cả", "thực hiện")) << dump(given);
    EXPECT_EQ(given.size(), 1u) << dump(given);
}

// After the places a plural level lists, the lower-case word is the verb, listed or not.
TEST(NameExtent, PlacesOfAPluralLevelThenAVerb) {
    Pairs p = roles("5. Ủy ban nhân dân các xã Tà Tổng, Pa Vệ Sử, Mù Cả cử cán bộ tham gia Đoàn công tác.");
    EXPECT_TRUE(has(p, "Ủy ban nhân dân các xã Tà Tổng, Pa Vệ Sử, Mù Cả", "thực hiện")) << dump(p);
    EXPECT_EQ(p.size(), 1u) << dump(p);
}

// "Ban Chỉ đạo" inside a sentence is a name, not the verb "chỉ đạo".
TEST(NameExtent, CapitalizedChiDaoIsAName) {
    Pairs p = roles("3. Các thành viên Ban Chỉ đạo huyện theo dõi địa bàn được phân công.");
    EXPECT_TRUE(has(p, "Các thành viên Ban Chỉ đạo huyện", "theo dõi")) << dump(p);
    EXPECT_EQ(p.size(), 1u) << dump(p);
}

// A plural level keeps its qualifier: a passive participle before "có trách
// nhiệm", a relative "liên quan"; the bodies X is charged to direct carry it out.
TEST(NameExtent, PluralLevelKeepsItsQualifier) {
    Pairs p = roles("2. Ủy ban nhân dân các huyện, thị xã được kiểm tra có trách nhiệm chỉ đạo các phòng chuyên môn "
                    "và Ủy ban nhân dân các xã liên quan chuẩn bị hồ sơ.");
    EXPECT_TRUE(has(p, "Ủy ban nhân dân các huyện, thị xã được kiểm tra", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Các phòng chuyên môn", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Ủy ban nhân dân các xã liên quan", "thực hiện")) << dump(p);
    EXPECT_EQ(p.size(), 3u) << dump(p);
    Pairs levels = roles("3. Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện chỉ đạo Ban Thường trực "
                         "Ủy ban Mặt trận Tổ quốc Việt Nam các xã, thị trấn tổ chức hội nghị.");
    EXPECT_TRUE(has(levels, "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã, thị trấn", "thực hiện"))
        << dump(levels);
}

// A numbered item wrapped after a body's name (as a text PDF's lines break) is
// one sentence, not a heading naming that body.
TEST(NameExtent, AWrappedItemIsNoHeading) {
    Pairs p = roles("1. Đề nghị Ban Thường trực Hội Nông dân huyện\n"
                    "chỉ đạo Ban Thường trực Hội Nông dân các xã, thị trấn tổ chức hội thi.\n"
                    "2. Phòng Văn hóa và Thông tin huyện\n"
                    "- Chủ trì tuyên truyền.");
    EXPECT_TRUE(has(p, "Ban Thường trực Hội Nông dân huyện", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Ban Thường trực Hội Nông dân các xã, thị trấn", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Phòng Văn hóa và Thông tin huyện", "chủ trì")) << dump(p);
}

// A body named again in parentheses after a name is not part of it.
TEST(NameExtent, ParenthesesAfterANameAreNotPartOfIt) {
    Pairs p = roles("Giao Ban Tổ chức Huyện ủy (Cơ quan thường trực Tiểu ban Nhân sự) theo dõi, đôn đốc việc thực "
                    "hiện; định kỳ báo cáo Ban Thường vụ Huyện ủy.");
    EXPECT_TRUE(has(p, "Ban Tổ chức Huyện ủy", "theo dõi")) << dump(p);
    EXPECT_TRUE(has(p, "Ban Tổ chức Huyện ủy", "thực hiện")) << dump(p);
    EXPECT_EQ(p.size(), 2u) << dump(p);
    // "(bà)" is a word of the name.
    Pairs execution = roles("Điều 3. Chánh Văn phòng và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành "
                            "Quyết định này./.");
    EXPECT_TRUE(has(execution, "Các ông (bà) có tên tại Điều 1", "thực hiện")) << dump(execution);
}

// Capitalized heads of grassroots units: "Cơ sở Hội", "Khối dân vận".
TEST(NameExtent, GrassrootsUnitsAsHeads) {
    Pairs p = roles("5. Cơ sở Hội các xã, thị trấn tổ chức hội nghị sơ kết.\n"
                    "6. Các chi bộ lãnh đạo, chỉ đạo Khối dân vận cơ sở xây dựng mô hình.");
    EXPECT_TRUE(has(p, "Cơ sở Hội các xã, thị trấn", "thực hiện")) << dump(p);
    EXPECT_TRUE(has(p, "Khối dân vận cơ sở", "thực hiện")) << dump(p);
    // Not a body: "Cơ sở dữ liệu", "khối lượng".
    EXPECT_TRUE(roles("1. Cơ sở dữ liệu cần cập nhật hằng tháng.\n2. Khối lượng công việc tăng.").empty());
}

// A recipient line without the punctuation its siblings end with was cut where
// its line wrapped (OCR of a two-column footer): its words are no whole name,
// so they do not end the same name in the body.
TEST(NameExtent, ARecipientCutWhereItWrappedIsNoName) {
    const std::string body =
        "1. Ban Thường vụ các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức tổng kết trước ngày 10/12/2024.\n"
        "Nơi nhận:\n- Thường trực Tỉnh ủy,\n- Các huyện ủy, thành ủy,\n";
    const Pairs cut = roles(body + "- Ban Thường vụ các huyện ủy, thành ủy, đảng\n- Lưu VT.\nủy trực thuộc,\n");
    EXPECT_TRUE(has(cut, "Ban Thường vụ các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "thực hiện")) << dump(cut);
    // Whole, the same line still delimits the name.
    const Pairs whole = roles(body + "- Ban Thường vụ các huyện ủy, thành ủy, đảng ủy trực thuộc,\n- Lưu VT.\n");
    EXPECT_TRUE(has(whole, "Ban Thường vụ các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "thực hiện")) << dump(whole);
}

}  // namespace
}  // namespace vbtrack
