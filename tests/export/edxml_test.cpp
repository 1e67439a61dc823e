#include <sstream>

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include "pipeline/export/exporter.hpp"
#include "sample_records.hpp"

namespace vbtrack {
namespace {

pugi::xml_document export_edxml(const std::vector<Record>& records) {
    std::ostringstream out;
    make_exporter("edxml")->write(records, out);
    pugi::xml_document doc;
    auto result = doc.load_string(out.str().c_str());
    EXPECT_TRUE(result) << result.description() << "\n" << out.str();
    return doc;
}

std::string at(const pugi::xml_document& doc, const std::string& xpath) {
    return doc.select_node(xpath.c_str()).node().text().as_string();
}

TEST(Edxml, WellFormedWithOneEnvelopePerRecord) {
    auto doc = export_edxml({test::state_plan(), test::party_conclusion()});
    auto root = doc.document_element();
    EXPECT_STREQ(root.attribute("xmlns:edXML").as_string(), "http://www.e-doc.vn/Schema/");
    EXPECT_EQ(doc.select_nodes("/documents/edXML:edXMLEnvelope").size(), 2u);
}

TEST(Edxml, MessageHeaderOfAStateDocument) {
    auto doc = export_edxml({test::state_plan()});
    const std::string h = "/documents/edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:MessageHeader/";
    EXPECT_EQ(at(doc, h + "edXML:From/edXML:OrganName"), "Ủy ban nhân dân xã Tân Lập");
    EXPECT_EQ(at(doc, h + "edXML:From/edXML:OrganizationInCharge"), "UBND HUYỆN BẮC SƠN");
    EXPECT_EQ(at(doc, h + "edXML:Code/edXML:CodeNumber"), "05");
    EXPECT_EQ(at(doc, h + "edXML:Code/edXML:CodeNotation"), "KH-UBND");
    EXPECT_EQ(at(doc, h + "edXML:PromulgationInfo/edXML:Place"), "Tân Lập");
    EXPECT_EQ(at(doc, h + "edXML:PromulgationInfo/edXML:PromulgationDate"), "2025-03-02");
    EXPECT_EQ(at(doc, h + "edXML:DocumentType/edXML:TypeName"), "Kế hoạch");
    EXPECT_EQ(at(doc, h + "edXML:Subject"), "Tổ chức rà soát hộ nghèo năm 2025");
    EXPECT_EQ(at(doc, h + "edXML:SignerInfo/edXML:Competence"), "KT.");
    EXPECT_EQ(at(doc, h + "edXML:SignerInfo/edXML:Position"), "Phó Chủ tịch");
    EXPECT_EQ(at(doc, h + "edXML:SignerInfo/edXML:FullName"), "Nguyễn Văn Bình");
    EXPECT_EQ(at(doc, h + "edXML:DueDate"), "2025-04-15");  // its only absolute deadline
    EXPECT_EQ(doc.select_nodes((h + "edXML:ToPlaces/edXML:Place").c_str()).size(), 2u);
    EXPECT_EQ(at(doc, h + "edXML:OtherInfo/edXML:PageAmount"), "3");
}

TEST(Edxml, PartyNumberSplitsAtItsDash) {
    auto doc = export_edxml({test::party_conclusion()});
    const std::string code = "//edXML:MessageHeader/edXML:Code/";
    EXPECT_EQ(at(doc, code + "edXML:CodeNumber"), "12");
    EXPECT_EQ(at(doc, code + "edXML:CodeNotation"), "KL/ĐU");
}

TEST(Edxml, MarkupCharactersAreEscapedAndFailedRecordsLeftOut) {
    Record r = test::party_conclusion();
    r.title = "Về việc <thí điểm> & \"mở rộng\"";
    Record failed = failed_record({"/x/broken.pdf", std::string(64, 'c'), 10, Format::pdf}, "PDF is encrypted");
    auto doc = export_edxml({r, failed});
    EXPECT_EQ(at(doc, "//edXML:Subject"), "Về việc <thí điểm> & \"mở rộng\"");
    EXPECT_EQ(doc.select_nodes("//edXML:edXMLEnvelope").size(), 1u);
}

}  // namespace
}  // namespace vbtrack
