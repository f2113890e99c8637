#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "app.hpp"
#include "chainrisk/error.hpp"
#include "chainrisk/lookup/profile.hpp"
#include "chainrisk/report/profiles.hpp"

namespace chainrisk::cli {
namespace {

struct LookupOptions {
  std::string query;
  std::string format = "table";
};

std::string hint(const std::optional<std::string>& suggestion) {
  return suggestion ? fmt::format("; did you mean '{}'?", *suggestion) : std::string();
}

int run_commodity(const LookupOptions& o, const GlobalOptions& g) {
  report::check_profile_format(o.format);
  auto graph = g.load_graph();
  resolve::Resolver resolver(graph);
  auto profile = lookup::commodity_profile(graph, resolver, o.query);
  if (!profile) {
    throw UsageError(fmt::format("unknown commodity '{}'{}", o.query, hint(resolver.suggest_commodity(o.query))));
  }
  report::write_commodity_profile(*profile, o.format, std::cout);
  return 0;
}

int run_country(const LookupOptions& o, const GlobalOptions& g) {
  report::check_profile_format(o.format);
  auto graph = g.load_graph();
  resolve::Resolver resolver(graph);
  auto profile = lookup::country_profile(graph, resolver, o.query);
  if (!profile) {
    throw UsageError(fmt::format("unknown country '{}'{}", o.query, hint(resolver.suggest_country(o.query))));
  }
  report::write_country_profile(*profile, o.format, std::cout);
  return 0;
}

CLI::App* add_lookup(CLI::App& app, const char* name, const char* help, const char* what, LookupOptions& o) {
  auto* cmd = app.add_subcommand(name, help);
  cmd->add_option("query", o.query, what)->required();
  cmd->add_option("--format", o.format, fmt::format("Output format: {}", report::kProfileFormats))
      ->capture_default_str();
  return cmd;
}

}  // namespace

std::vector<Command> add_lookup_commands(CLI::App& app, const GlobalOptions& g) {
  auto commodity = std::make_shared<LookupOptions>();
  auto country = std::make_shared<LookupOptions>();
  auto* c1 = add_lookup(app, "commodity",
                        "Commodity profile: findings by country with sources, TIP tiers, top exporters and "
                        "importers, inputs, outputs and by-products",
                        "Commodity id, name, alias or HS code", *commodity);
  auto* c2 = add_lookup(app, "country",
                        "Country profile: TIP tier history, goods with findings, regions under a presumption, "
                        "listed entities", "Country name or ISO code", *country);
  return {{c1, [commodity, &g] { return run_commodity(*commodity, g); }},
          {c2, [country, &g] { return run_country(*country, g); }}};
}

}  // namespace chainrisk::cli
