"""Commodities for inputs and outputs the commodity graph needs beyond the DOL goods (quartz, silicon metal, battery cathodes, cans, foil...).
Merged into commodities.py's TABLE; the same checks apply (unique ids, aliases and HS prefixes).

Each one is an end of a relation in relations.py (data/relations.json) or of a production share in
trade.py. HS 2022 prefixes are checked against hs-codes/harmonized-system.csv by commodities.py.

Not added, because commodities.py already folds them into an existing commodity by alias (a
second commodity with that name would clash; moving the alias is a decision for commodities.py):
  chocolate      -> cocoa (alias "chocolate"; HS chapter 18)
  battery pack   -> lithium-ion-battery (aliases "battery pack", "battery module", "ev battery")
  aluminum foil  -> aluminum (aliases "aluminium foil", "aluminum foil"; HS chapter 76)
  copper foil    -> copper (alias "copper foil"; HS chapter 74)
"""
from commodity_table import C  # noqa: F401

TABLE = [
    # ---------------------------------------------------------------- solar chain
    C("quartz", "Quartz", "Mining", (),
      ["quartzite", "high purity quartz", "high-purity quartz", "hpq", "lump quartz", "vein quartz",
       "quartz sandstone", "quartz rock"],
      ["2506"],
      "Quartz and quartzite (HS 2506, other than natural sands: silica sand is `sand`). The raw material of "
      "silicon metal (DOL ILAB: polysilicon is derived from quartz)."),
    C("silicon-metal", "Silicon metal", "Manufacturing", (),
      ["metallurgical grade silicon", "metallurgical-grade silicon", "mg-si", "mgsi", "mgs",
       "industrial silicon", "silicon metal 553", "silicon metal 441", "silicon metal 3303", "metal silicon"],
      ["280469"],
      "Silicon with less than 99.99 % Si (HS 280469); purer silicon (280461) is `polysilicon`. Bare \"silicon\" is "
      "deliberately not an alias. DOL 2024 adds 'Metallurgical-Grade Silicon' (China, forced labor); this definition "
      "replaces the row of commodities_dol2024.py."),
    # ---------------------------------------------------------------- battery chain
    C("battery-cathode-material", "Battery cathode active material", "Manufacturing", (),
      ["cathode active material", "cathode active materials", "cathode material", "cathode materials",
       "cathode powder", "positive electrode material", "nmc", "nmc cathode", "ncm", "nca", "nca cathode",
       "lfp cathode", "lithium iron phosphate", "lithium nickel manganese cobalt oxide",
       "lithium nickel cobalt aluminium oxide", "lithium nickel cobalt aluminum oxide", "lithium cobalt oxide",
       "lco", "pcam", "cathode precursor", "precursor cathode active material", "nmc precursor",
       "ncm precursor"],
      (),
      "No HS subheading of its own (cathode powders are declared under several headings of chapters 28 and 38), "
      "so no prefix. Cobalt hydroxide / sulfate and nickel sulfate stay with `cobalt` and `nickel`."),
    C("electric-vehicle", "Electric vehicles", "Manufacturing", (),
      ["electric vehicle", "electric car", "electric cars", "battery electric vehicle", "plug-in hybrid",
       "plug-in hybrid vehicle", "plug-in hybrid electric vehicle", "phev", "electric passenger car"],
      ["870360", "870370", "870380"],
      "Passenger vehicles with only an electric motor (HS 870380) and plug-in hybrids (870360, 870370); other "
      "cars are `motor-vehicles`. \"EV\" alone is not an alias (\"EV charger\", \"EV battery\")."),
    # ---------------------------------------------------------------- vehicles
    C("motor-vehicles", "Motor vehicles", "Manufacturing", (),
      ["car", "cars", "passenger car", "passenger vehicle", "automobile", "automobiles", "motor car",
       "light vehicle", "light vehicles", "motor vehicle", "pickup truck", "light truck"],
      ["8703", "8704"],
      "Cars and goods vehicles (HS 8703, 8704) except electric and plug-in hybrid cars (-> electric-vehicle)."),
    C("car-parts", "Car parts", "Manufacturing", (),
      ["car part", "auto parts", "automotive parts", "automotive components", "auto components", "vehicle parts",
       "motor vehicle parts", "car components"],
      ["8708"],
      "HS 8708: parts and accessories of the motor vehicles of headings 8701-8705 (bodies, bumpers, brakes, "
      "wheels, door assemblies...). Tires (4011), glass, wiring and electronics are their own commodities."),
    C("tires", "Tires", "Manufacturing", (),
      ["tire", "tyres", "tyre", "car tires", "car tyres", "truck tires", "truck tyres", "pneumatic tyres",
       "pneumatic tires", "retreaded tyres"],
      ["4011", "4012"]),
    # ---------------------------------------------------------------- aluminum products
    C("aluminum-cans", "Aluminum cans", "Manufacturing", (),
      ["aluminum can", "aluminium cans", "aluminium can", "beverage cans", "beverage can", "drink cans",
       "aluminum beverage cans", "aluminium beverage cans", "aluminium containers", "aluminum containers"],
      ["7612"],
      "HS 7612 (aluminium casks, drums, cans and boxes of 300 l or less). Aluminum foil stays with `aluminum`."),
    # ---------------------------------------------------------------- seafood
    C("seafood-products", "Seafood products (prepared)", "Manufacturing", (),
      ["seafood products", "processed seafood", "prepared seafood", "canned seafood", "seafood preparations",
       "preserved seafood", "prepared crustaceans", "canned crab"],
      ["1605"],
      "Prepared or preserved crustaceans and molluscs (HS 1605; prepared shrimp 160521/160529 stay `shrimp`). "
      "Prepared or preserved fish (HS 1604, e.g. canned tuna) stays with `fish` and \"seafood\" is a `fish` alias."),
    C("fishmeal", "Fishmeal", "Manufacturing", (),
      ["fish meal", "fish meals", "fish flour", "fishmeal pellets", "fish meal pellets"],
      ["230120"],
      "Flours, meals and pellets of fish or crustaceans (HS 230120), the protein of shrimp and fish feed. DOL 2024 "
      "lists fishmeal (Thailand) as a downstream good of fish caught with forced labor; this definition replaces the "
      "row of commodities_dol2024.py."),
    # ---------------------------------------------------------------- chemicals, fibres, plastics products
    C("caustic-soda", "Caustic soda", "Manufacturing", (),
      ["sodium hydroxide", "naoh", "lye", "soda lye", "liquid caustic soda", "caustic soda flakes",
       "caustic soda pearls", "caustic soda lye", "caustic soda solution"],
      ["281511", "281512"],
      "Solid (HS 281511) and in aqueous solution (281512). DOL 2024 adds 'Caustic Soda' (China, forced labor); "
      "this definition replaces the row of commodities_dol2024.py."),
    C("viscose", "Viscose", "Manufacturing", (),
      ["viscose rayon", "rayon", "viscose staple fibre", "viscose staple fiber", "viscose fibre", "viscose fiber",
       "vsf"],
      ["550410"],
      "Viscose staple fibre (HS 550410). Viscose filament yarn (5403) stays with `thread-yarn`."),
    C("wood-pulp", "Wood pulp", "Manufacturing", (),
      ["dissolving pulp", "dissolving wood pulp", "chemical wood pulp", "kraft pulp", "sulphate pulp",
       "sulfate pulp", "sulphite pulp", "sulfite pulp"],
      ["4702", "4703", "4704", "4705"],
      "Chemical and semi-chemical wood pulp (HS 4702-4705); dissolving grades (4702) are the feedstock of viscose."),
    C("vinyl-flooring", "Vinyl floor and wall coverings", "Manufacturing", (),
      ["vinyl flooring", "pvc flooring", "vinyl floor", "luxury vinyl tile", "luxury vinyl tiles", "lvt",
       "vinyl floor tiles", "vinyl wall covering", "vinyl wallcovering"],
      ["391810"]),
    C("plastic-pipes", "Plastic pipes and tubes", "Manufacturing", (),
      ["plastic pipe", "plastic pipes", "pvc pipe", "pvc pipes", "plastic tubes", "plastic tubing",
       "plastic hoses", "pvc tubing"],
      ["3917"],
      "HS 3917 covers tubes, pipes, hoses and fittings of all plastics, not only PVC."),
    C("paints", "Paints and varnishes", "Manufacturing", (),
      ["paint", "varnish", "varnishes", "lacquer", "lacquers", "enamel paint", "automotive paint", "car paint",
       "automotive coatings"],
      ["3208", "3209", "3210"]),
    C("cosmetics", "Cosmetics", "Manufacturing", (),
      ["cosmetic", "make-up", "makeup", "beauty products", "eyeshadow", "eye shadow", "lipstick", "nail polish",
       "face powder", "foundation makeup"],
      ["3304"],
      "Beauty, make-up and skin-care preparations (HS 3304)."),
    # ---------------------------------------------------------------- sugarcane products
    C("ethanol", "Ethanol", "Manufacturing", (),
      ["ethyl alcohol", "bioethanol", "fuel ethanol", "denatured alcohol", "anhydrous ethanol"],
      ["2207"],
      "Ethyl alcohol of 80 % vol or more and denatured spirits (HS 2207); beverages are `alcoholic-beverages`."),
]
