#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "chainrisk/model/graph.hpp"

namespace chainrisk::data {

// A place dataset files are read from: the embedded defaults or a `--data` directory.
struct DatasetStore {
  std::string location;  // "embedded" or the directory, for `data info`
  std::string prefix;    // prepended to file names in messages ("data/", "DIR/")
  // Bytes of `file` (a name from the manifest), or nullopt when it does not exist.
  std::function<std::optional<std::string>(const std::string& file)> read;
  // The embedded datasets were checked against the manifest's sha256 when the binary was
  // built (cmake/EmbedData.cmake fails the build otherwise), so starting up does not hash
  // 2.4 MB again; a directory's files are hashed as they are loaded.
  bool checked_at_build = false;
};

// The datasets compiled into the binary from data/ (cmake/EmbedData.cmake).
DatasetStore embedded_store();
// The datasets of directory `dir` (its manifest.json names them).
DatasetStore directory_store(const std::string& dir);

// Load every dataset of `stores` (each store's manifest.json) into one graph, kinds in the
// order of dataset-format.md so later kinds may refer to ids of earlier ones in any store.
// Throws DatasetError naming the file and JSON pointer of the first problem.
model::Graph load_graph(const std::vector<DatasetStore>& stores);

// The manifest entries of `store` without loading the datasets (for `--version`).
// Throws DatasetError when the manifest is unreadable or invalid.
std::vector<model::DatasetInfo> list_datasets(const DatasetStore& store);

// Stores for the command line: the embedded data unless `no_default`, then each `dirs`.
// Throws UsageError when that leaves nothing to load.
std::vector<DatasetStore> stores_for(bool no_default, const std::vector<std::string>& dirs);

}  // namespace chainrisk::data
