// `vbtrack serve` over a real SQLite store, asked by a real HTTP client.
#include "pipeline/export/feed_server.hpp"

#include <filesystem>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <libical/ical.h>
#include <nlohmann/json.hpp>

#include "pipeline/core/errors.hpp"
#include "ical_reading.hpp"
#include "sample_records.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class FeedServerTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("vbtrack-serve-" + std::to_string(getpid()));
        fs::create_directories(dir_);
        store_ = open_store("sqlite:" + (dir_ / "store.db").string());
        store_->put(test::state_plan());
        store_->put(test::party_conclusion());
        server_ = std::make_unique<FeedServer>(*store_);
        port_ = server_->bind("127.0.0.1", 0);
        thread_ = std::thread([this] { server_->run(); });
        client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
    }
    void TearDown() override {
        server_->stop();
        thread_.join();
        fs::remove_all(dir_);
    }
    httplib::Result get(const std::string& path) {
        // run() may not be listening yet right after the thread starts.
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (auto result = client_->Get(path.c_str())) return result;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return client_->Get(path.c_str());
    }

    fs::path dir_;
    std::unique_ptr<Store> store_;
    std::unique_ptr<FeedServer> server_;
    int port_ = 0;
    std::thread thread_;
    std::unique_ptr<httplib::Client> client_;
};

TEST_F(FeedServerTest, ListsRecordsWithoutTheirText) {
    auto result = get("/api/records");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200);
    EXPECT_EQ(result->get_header_value("Content-Type"), "application/json; charset=utf-8");
    auto list = json::parse(result->body);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_FALSE(list[0].contains("text"));
    EXPECT_EQ(json::parse(get("/api/records?status=failed")->body).size(), 0u);
}

TEST_F(FeedServerTest, GivesOneCompleteRecordOr404) {
    auto result = get("/api/records/" + std::string(64, 'a'));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200);
    auto record = json::parse(result->body).get<Record>();
    EXPECT_EQ(record.number_symbol, "05/KH-UBND");
    EXPECT_EQ(record.text, test::state_plan().text);
    EXPECT_EQ(get("/api/records/" + std::string(64, 'f'))->status, 404);
}

TEST_F(FeedServerTest, DeadlinesFilteredByDateAndBadDatesRefused) {
    auto result = get("/api/deadlines?from=2025-02-01&to=2025-02-28");
    ASSERT_TRUE(result);
    auto list = json::parse(result->body);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["document"]["number_symbol"], "12-KL/ĐU");
    EXPECT_EQ(json::parse(get("/api/deadlines")->body).size(), 4u);
    auto bad = get("/api/deadlines?from=30/4/2025");
    EXPECT_EQ(bad->status, 400);
    EXPECT_NE(json::parse(bad->body)["error"].get<std::string>().find("YYYY-MM-DD"), std::string::npos);
}

TEST_F(FeedServerTest, CalendarFeedParsesWithLibical) {
    auto result = get("/deadlines.ics");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->get_header_value("Content-Type"), "text/calendar; charset=utf-8");
    icalcomponent* calendar = icalparser_parse_string(result->body.c_str());
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(icalcomponent_count_components(calendar, ICAL_VTODO_COMPONENT), 4);
    icalcomponent_free(calendar);
}

TEST_F(FeedServerTest, CalendarFeedFromADateStartsRecurringSeriesThere) {
    // The plan's monthly 20th, issued 02/03/2025: subscribed from 01/06/2025 the series starts on 20/06.
    auto result = get("/deadlines.ics?from=2025-06-01");
    ASSERT_TRUE(result);
    test::Component calendar = test::parse_ical(result->body);
    ASSERT_TRUE(calendar);
    auto todos = test::todos_by_summary(calendar.get());
    auto monthly = todos.find("05/KH-UBND: Cập nhật danh sách hộ nghèo");
    ASSERT_NE(monthly, todos.end());
    EXPECT_EQ(test::property_text(monthly->second, ICAL_DUE_PROPERTY), "20250620");
    EXPECT_EQ(test::property_text(monthly->second, ICAL_DTSTART_PROPERTY), "20250619");
    EXPECT_EQ(test::property_text(monthly->second, ICAL_RRULE_PROPERTY), "FREQ=MONTHLY;BYMONTHDAY=19");
    // Past deadlines and those with no date are outside the range.
    EXPECT_EQ(todos.size(), 1u);
}

TEST_F(FeedServerTest, WritesAreRefused) {
    auto result = client_->Post("/api/records", "{}", "application/json");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 405);
    EXPECT_EQ(store_->records().size(), 2u);
}

TEST(FeedServer, TakenPortIsAUsageErrorNamingIt) {
    auto dir = fs::temp_directory_path() / ("vbtrack-serve-port-" + std::to_string(getpid()));
    fs::create_directories(dir);
    auto store = open_store("sqlite:" + (dir / "store.db").string());
    FeedServer first(*store), second(*store);
    int port = first.bind("127.0.0.1", 0);
    try {
        second.bind("127.0.0.1", port);
        ADD_FAILURE() << "two servers bound one port";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find(std::to_string(port)), std::string::npos) << e.what();
    }
    fs::remove_all(dir);
}

}  // namespace
}  // namespace vbtrack
