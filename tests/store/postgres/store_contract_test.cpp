// The Store contract, run against both backends: a real SQLite file and a
// real PostgreSQL server. A behaviour one backend has and the other lacks
// fails here.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "pipeline/core/errors.hpp"
#include "pipeline/store/store.hpp"
#include "postgres_cluster.hpp"
#include "../../export/sample_records.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;

class StoreContract : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        if (GetParam() == "sqlite") {
            dir_ = fs::temp_directory_path() / ("vbtrack-store-" + std::to_string(getpid()) + "-" +
                                                ::testing::UnitTest::GetInstance()->current_test_info()->name());
            fs::create_directories(dir_);
            url_ = "sqlite:" + (dir_ / "store.db").string();
        } else {
            VBTRACK_REQUIRE_POSTGRES(url);
            url_ = url;
        }
        store_ = open_store(url_);
    }
    void TearDown() override {
        store_.reset();
        if (!dir_.empty()) fs::remove_all(dir_);
    }
    void reopen() {
        store_.reset();
        store_ = open_store(url_);
    }

    fs::path dir_;
    std::string url_;
    std::unique_ptr<Store> store_;
};

TEST_P(StoreContract, PutThenGetGivesTheSameRecord) {
    Record plan = test::state_plan();
    store_->put(plan);
    auto back = store_->get(plan.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(nlohmann::json(*back), nlohmann::json(plan));
    EXPECT_FALSE(store_->get(std::string(64, 'f')));
}

TEST_P(StoreContract, DifferentFilesClaimingOneNumberAreKeptAndReported) {
    Record plan = test::state_plan();
    Record rescan = plan;  // other bytes, same issuer, number and year
    rescan.id = rescan.source.sha256 = std::string(64, '7');
    rescan.source.path = "/archive/rescan.pdf";
    Record next_year = plan;  // numbers restart each year: no clash
    next_year.id = next_year.source.sha256 = std::string(64, '8');
    next_year.source.path = "/archive/next-year.docx";
    next_year.issued_date = "2099-01-04";
    Record broken = plan;  // a failed record claims nothing
    broken.id = broken.source.sha256 = std::string(64, '9');
    broken.source.path = "/archive/broken.pdf";
    broken.status = Status::failed;
    for (const auto& r : {plan, rescan, next_year, broken}) store_->put(r);

    EXPECT_EQ(store_->records().size(), 4u);
    auto clashes = store_->number_clashes();
    ASSERT_EQ(clashes.size(), 1u);
    EXPECT_EQ(clashes[0].number_symbol, plan.number_symbol);
    EXPECT_EQ(clashes[0].year, plan.issued_date->substr(0, 4));
    EXPECT_EQ(clashes[0].paths, (std::vector<std::string>{plan.source.path, "/archive/rescan.pdf"}));
}

TEST_P(StoreContract, RecordsSurviveReopening) {
    store_->put(test::state_plan());
    store_->put(test::party_conclusion());
    reopen();
    EXPECT_EQ(store_->records().size(), 2u);
}

TEST_P(StoreContract, PutReplacesTheRecordOfTheSameBytes) {
    Record plan = test::state_plan();
    store_->put(plan);
    plan.title = "Tiêu đề đã sửa";
    plan.deadlines.pop_back();
    store_->put(plan);
    auto all = store_->records();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].title, "Tiêu đề đã sửa");
    EXPECT_EQ(all[0].deadlines.size(), 2u);
}

TEST_P(StoreContract, HasCurrentOnlyForTheSamePipelineVersion) {
    Record plan = test::state_plan();
    store_->put(plan);
    EXPECT_TRUE(store_->has_current(plan.id, plan.pipeline_version));
    EXPECT_FALSE(store_->has_current(plan.id, "9.9.9"));
    EXPECT_FALSE(store_->has_current(std::string(64, 'f'), plan.pipeline_version));
}

TEST_P(StoreContract, FindsByNumberSymbolAndFiltersByStatus) {
    store_->put(test::state_plan());
    store_->put(test::party_conclusion());
    store_->put(failed_record({"/archive/broken.pdf", std::string(64, 'c'), 10, Format::pdf}, "PDF is encrypted"));
    auto found = store_->find_by_number("12-KL/ĐU");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].issuer, "Đảng ủy xã Tân Lập");
    EXPECT_EQ(store_->records().size(), 3u);
    auto failed = store_->records(RecordQuery{.status = "failed"});
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0].errors, std::vector<std::string>{"PDF is encrypted"});
}

TEST_P(StoreContract, RecordsAreOrderedByPath) {
    store_->put(test::state_plan());       // /archive/2025/kh05.docx
    store_->put(test::party_conclusion());  // /archive/2025/kl12.pdf
    store_->put(failed_record({"/archive/2024/a.pdf", std::string(64, 'c'), 1, Format::pdf}, "x"));
    auto all = store_->records();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].source.path, "/archive/2024/a.pdf");
    EXPECT_EQ(all[1].source.path, "/archive/2025/kh05.docx");
    EXPECT_EQ(all[2].source.path, "/archive/2025/kl12.pdf");
}

// What a worker asks before learning an archive's vocabulary: its Word records,
// the first ones in path order, without reading the others.
TEST_P(StoreContract, FiltersByFormatAndLimitsInPathOrder) {
    store_->put(test::state_plan());       // /archive/2025/kh05.docx
    store_->put(test::party_conclusion());  // /archive/2025/kl12.pdf
    store_->put(failed_record({"/archive/2024/old.doc", std::string(64, 'd'), 1, Format::doc}, "catdoc failed"));
    store_->put(failed_record({"/archive/2026/new.docx", std::string(64, 'e'), 1, Format::docx}, "not a zip"));

    RecordQuery word{.formats = {Format::docx, Format::doc}};
    auto words = store_->records(word);
    ASSERT_EQ(words.size(), 3u);
    EXPECT_EQ(words[0].source.path, "/archive/2024/old.doc");
    EXPECT_EQ(words[1].source.path, "/archive/2025/kh05.docx");
    EXPECT_EQ(words[2].source.path, "/archive/2026/new.docx");

    word.limit = 2;
    words = store_->records(word);
    ASSERT_EQ(words.size(), 2u);
    EXPECT_EQ(words[1].source.path, "/archive/2025/kh05.docx");

    RecordQuery failed_word{.status = "failed", .formats = {Format::docx}};
    auto failed = store_->records(failed_word);
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0].source.path, "/archive/2026/new.docx");

    EXPECT_EQ(store_->records(RecordQuery{.formats = {Format::image}}).size(), 0u);
    EXPECT_EQ(store_->records().size(), 4u);
}
TEST_P(StoreContract, RemembersEveryPathOfTheSameBytes) {
    Record plan = test::state_plan();
    store_->put(plan);
    store_->add_path(plan.id, "/copies/kh05 (1).docx");
    store_->add_path(plan.id, "/copies/kh05 (1).docx");  // twice: still one
    auto paths = store_->paths();
    ASSERT_EQ(paths.size(), 2u);
    EXPECT_EQ(paths[0], std::make_pair(plan.id, std::string("/archive/2025/kh05.docx")));
    EXPECT_EQ(paths[1], std::make_pair(plan.id, std::string("/copies/kh05 (1).docx")));
}

TEST_P(StoreContract, RunsAreNumberedAndFinished) {
    long long first = store_->begin_run("ingest /archive");
    long long second = store_->begin_run("ingest /more");
    EXPECT_GT(second, first);
    EXPECT_NO_THROW(store_->finish_run(first, R"({"ok": 2})"));
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContract, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST(StoreUrl, UnreachablePostgresIsAStoreErrorWithoutThePassword) {
    try {
        open_store("postgresql://someone:secret@127.0.0.1:1/nothing");
        FAIL() << "expected StoreError";
    } catch (const StoreError& e) {
        std::string message = e.what();
        EXPECT_EQ(message.find("secret"), std::string::npos) << message;
        EXPECT_NE(message.find("someone:***@127.0.0.1:1/nothing"), std::string::npos) << message;
    }
}

}  // namespace
}  // namespace vbtrack

namespace vbtrack {
namespace {

// The server drops the store's connection (restart, admin, network): the next
// call is a StoreError with advice (exit code 3), not a crash or a stray
// libpqxx exception.
TEST(PostgresStore, LostConnectionIsAStoreError) {
    VBTRACK_REQUIRE_POSTGRES(url);
    auto store = open_store(url);
    store->put(test::state_plan());
    {
        pqxx::connection admin{url};
        pqxx::nontransaction tx{admin};
        tx.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()");
    }
    try {
        store->records();
        FAIL() << "a dropped connection went unnoticed";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("run the command again"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace vbtrack
