#!/usr/bin/env python3
"""Build data/commodities.json (dataset chainrisk-commodities, kind commodities).

Sources:
  dol-goods/goods_2016.xml          US DOL ILAB List of Goods, 2022 edition data (Good_Name, Good_Sector)
  hs-codes/harmonized-system.csv    HS 2022 nomenclature (datahub.io, from UN Comtrade / WCO), PDDL

Every DOL Good_Name must map to exactly one commodity (DOL_GOODS below); every HS prefix must
exist in the HS 2022 CSV and belong to one commodity only; no alias may belong to two
commodities. The script fails otherwise.

To add a commodity: append a C(...) entry to TABLE. To map a new DOL good name (e.g. from the
2024 list): add it to the `dol` list of its commodity.

Usage: python3 data/curate/commodities.py [SOURCES_DIR]
"""
import os
import re
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import dataset, dol_goods_rows, fail, main_wrapper, norm, read_csv, src, write_json  # noqa: E402

FILE = "commodities.json"
MANIFEST = {
    "id": "chainrisk-commodities",
    "kind": "commodities",
    "file": FILE,
    "version": "2026.1",
    "publisher": "chainrisk project (curated)",
    "title": "Commodity vocabulary: DOL List of Goods good names and BOM materials, with HS 2022 prefixes",
    "published": "2026-11-24",
    "source": "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods ; https://github.com/datasets/harmonized-system",
    "license": "Curation: chainrisk project licence. DOL good names: public domain (US government work); HS 2022 nomenclature via datahub.io: ODC-PDDL-1.0",
    "notes": (
        "One commodity per distinct DOL good concept of the 2022 List of Goods data (169 Good_Name values; "
        "country-specific variants folded) plus the materials of an EV battery pack, a car door assembly and a "
        "copper cable. HS prefixes are HS 2022 codes checked against hs-codes/harmonized-system.csv. "
        "Mapping choices: docs/data.md."
    ),
}

DOL_SOURCE = "US DOL ILAB, List of Goods Produced by Child Labor or Forced Labor (2022 edition data: dol-goods/goods_2016.xml); HS 2022 nomenclature (hs-codes/harmonized-system.csv)"
CURATED_SOURCE = "chainrisk curation; HS 2022 nomenclature (hs-codes/harmonized-system.csv)"


from commodity_table import C  # noqa: E402
import commodities_dol2024  # noqa: E402
import commodities_graph  # noqa: E402


# sector None = take it from DOL Good_Sector (must be consistent across the folded goods).
TABLE = [
    # ---------------------------------------------------------------- BOM materials / metals chain
    C("copper-ore", "Copper ore", "Mining", (),
      ["copper ore", "copper ores", "copper concentrate", "copper concentrates", "copper ores and concentrates",
       "copper ore concentrate", "chalcopyrite"], ["2603"],
      "DOL 2024 lists 'Copper ore' (Zambia); not a good of the 2022 data."),
    C("copper", "Copper", None, ["Copper"],
      ["refined copper", "copper cathode", "copper cathodes", "cathode copper", "electrolytic copper",
       "blister copper", "copper anode", "copper anodes", "copper matte", "cement copper", "copper scrap",
       "copper alloy", "copper rod", "copper bar", "copper busbar", "copper sheet", "copper strip",
       "copper foil", "copper tube", "copper pipe", "copper products", "cu"],
      ["74", "7401", "7402", "7403", "7404", "7405", "7406", "7407"],
      "HS chapter 74 (copper and articles thereof) except copper wire (7408, 7413 -> copper-wire). "
      "DOL 2024 also lists 'Copper products' (DRC), aliased here."),
    C("copper-wire", "Copper wire and cable", "Manufacturing", (),
      ["copper wire", "copper cable", "copper cables", "bare copper wire", "stranded copper wire",
       "copper conductor", "copper winding wire", "winding wire", "magnet wire", "enamelled copper wire",
       "enameled copper wire", "copper wire rod"],
      ["7408", "7413", "854411"]),
    C("cobalt-ore", "Cobalt ore", None, ["Cobalt ore (heterogenite)"],
      ["cobalt ore", "cobalt ores", "heterogenite", "cobalt concentrate", "cobalt concentrates",
       "cobalt ores and concentrates"], ["2605"]),
    C("cobalt", "Cobalt", "Mining", (),
      ["cobalt hydroxide", "cobalt sulphate", "cobalt sulfate", "cobalt metal", "refined cobalt",
       "cobalt oxide", "cobalt powder", "cobalt cathode", "cobalt matte"],
      ["8105", "282200"]),
    C("nickel", "Nickel", "Mining", (),
      ["nickel metal", "refined nickel", "class 1 nickel", "nickel sulphate", "nickel sulfate", "nickel matte",
       "nickel ore", "nickel ores", "ferronickel", "ferro-nickel", "nickel pig iron", "mixed hydroxide precipitate",
       "nickel plate", "nickel foil", "ni"],
      ["75", "2604", "283324", "720260"],
      "No separate nickel-ore commodity yet: nickel ores (2604) are folded in."),
    C("lithium", "Lithium", "Mining", (),
      ["lithium carbonate", "lithium hydroxide", "lithium hydroxide monohydrate", "lithium metal",
       "lithium compounds", "spodumene", "spodumene concentrate", "li"],
      ["282520", "283691"],
      "Spodumene (lithium ore) is aliased here; it has no HS subheading of its own (2530.90)."),
    C("graphite", "Graphite", "Mining", (),
      ["natural graphite", "spherical graphite", "flake graphite", "synthetic graphite", "artificial graphite",
       "graphite anode", "graphite powder"],
      ["250410", "250490", "380110"]),
    C("manganese", "Manganese", "Mining", (),
      ["manganese ore", "manganese ores", "manganese metal", "electrolytic manganese", "manganese sulphate",
       "manganese sulfate", "manganese dioxide", "ferromanganese", "ferro-manganese", "mn"],
      ["2602", "8111", "282010", "720211", "720219"]),
    C("bauxite", "Bauxite", "Mining", (),
      ["bauxite ore", "aluminium ore", "aluminum ore", "aluminium ores and concentrates"], ["2606"]),
    C("alumina", "Alumina", "Manufacturing", (),
      ["aluminium oxide", "aluminum oxide", "smelter grade alumina", "calcined alumina", "aluminium hydroxide",
       "aluminum hydroxide"], ["281820", "281830"]),
    C("aluminum", "Aluminum", "Mining", (),
      ["aluminium", "primary aluminium", "primary aluminum", "aluminium ingot", "aluminum ingot",
       "aluminium alloy", "aluminum alloy", "aluminium sheet", "aluminum sheet", "aluminium foil", "aluminum foil",
       "aluminium extrusion", "aluminum extrusion", "aluminium profile", "aluminum profile",
       "aluminium casting", "aluminum casting", "aluminium scrap", "aluminum scrap", "aluminium wire",
       "aluminum wire", "al"],
      ["76"]),
    C("iron", "Iron", None, ["Iron"],
      ["iron ore", "iron ores", "iron ore concentrate", "iron ore pellets", "pig iron", "direct reduced iron",
       "dri", "sponge iron", "fe"],
      ["2601", "7201", "7203"],
      "DOL 'Iron' (North Korea) is iron mining; iron ores and pig iron map here, other chapter 72 goods to steel."),
    C("steel", "Steel", "Manufacturing", (),
      ["carbon steel", "stainless steel", "alloy steel", "steel sheet", "steel plate", "steel coil",
       "hot rolled steel", "cold rolled steel", "galvanized steel", "galvanised steel", "steel bar", "steel wire",
       "steel tube", "steel pipe", "steel strip", "steel casing", "steel bracket", "steel scrap",
       "iron and steel", "ferro-alloys"],
      ["72", "73"],
      "HS 72 (iron and steel) except iron ores/pig iron/DRI (-> iron), ferro-nickel (-> nickel), "
      "ferro-manganese (-> manganese); HS 73 articles of iron or steel except nails (7317 -> nails)."),
    C("tin-ore", "Tin ore", None, ["Tin ore (cassiterite)"],
      ["tin ore", "tin ores", "cassiterite", "tin concentrate", "tin concentrates"], ["2609"]),
    C("tin", "Tin", None, ["Tin"], ["refined tin", "tin metal", "tin ingot", "tin solder", "sn"], ["80"]),
    C("tantalum-ore", "Tantalum ore", None, ["Tantalum ore (coltan)"],
      ["tantalum ore", "tantalum ores", "coltan", "columbite-tantalite", "tantalite", "tantalum concentrate"],
      ["261590"],
      "HS 261590 also covers niobium and vanadium ores."),
    C("tantalum", "Tantalum", "Mining", (),
      ["tantalum metal", "tantalum powder", "tantalum wire", "ta"], ["8103"]),
    C("tungsten-ore", "Tungsten ore", None, ["Tungsten ore (wolframite)"],
      ["tungsten ore", "tungsten ores", "wolframite", "scheelite", "tungsten concentrate"], ["2611"]),
    C("tungsten", "Tungsten", "Mining", (),
      ["wolfram", "tungsten metal", "tungsten powder", "tungsten carbide", "tungsten wire"], ["8101"]),
    C("zinc", "Zinc", None, ["Zinc"],
      ["zinc metal", "refined zinc", "zinc ore", "zinc ores", "zinc concentrate", "zinc ingot", "zn"],
      ["79", "2608"],
      "DOL 'Zinc' (Bolivia) is zinc mining; zinc ores (2608) map here."),
    C("gold", "Gold", None, ["Gold"],
      ["gold bullion", "gold bar", "gold dore", "gold doré", "gold ore", "refined gold", "au"],
      ["7108", "261690"]),
    C("silver", "Silver", None, ["Silver"],
      ["silver bullion", "refined silver", "silver ore", "silver ores", "ag"], ["7106", "261610"]),
    C("mica", "Mica", None, ["Mica"],
      ["mica powder", "mica flakes", "sheet mica", "ground mica", "muscovite", "phlogopite"], ["2525", "6814"]),
    C("polysilicon", "Polysilicon", None, ["Polysilicon"],
      ["polycrystalline silicon", "solar grade polysilicon", "solar-grade silicon", "high purity silicon"],
      ["280461"]),
    C("pvc", "PVC (polyvinyl chloride)", "Manufacturing", (),
      ["polyvinyl chloride", "poly(vinyl chloride)", "polyvinylchloride", "vinyl chloride polymer", "pvc resin",
       "pvc compound", "vinyl"],
      ["3904"],
      "DOL 2024 adds PVC (China) to the List of Goods; not yet curated."),
    C("polypropylene", "Polypropylene", "Manufacturing", (),
      ["pp", "polypropene", "pp resin", "pp compound"], ["390210"]),
    C("glass", "Glass", None, ["Glass"],
      ["float glass", "safety glass", "tempered glass", "toughened glass", "laminated glass", "windshield glass",
       "glass pane", "glassware"], ["70"]),
    C("rubber", "Rubber", None, ["Rubber"],
      ["natural rubber", "rubber latex", "latex", "technically specified natural rubber", "tsnr", "smoked sheet rubber",
       "synthetic rubber", "epdm", "rubber seal", "rubber gasket", "rubber hose"],
      ["40", "4001"],
      "HS chapter 40 except rubber gloves (401512, 401519 -> rubber-gloves)."),
    C("leather", "Leather", None, ["Leather"],
      ["tanned leather", "hides", "hides and skins", "finished leather", "leather hides"], ["41"]),
    C("lithium-ion-battery", "Lithium-ion batteries", None, ["Lithium-Ion Batteries"],
      ["lithium ion battery", "li-ion battery", "li ion battery", "lithium-ion cell", "lithium ion cell",
       "li-ion cell", "battery cell", "battery cells", "ev battery", "traction battery", "battery pack",
       "battery module", "lithium-ion battery pack", "lithium-ion accumulator"],
      ["850760"]),
    C("electronics", "Electronics", None, ["Electronics"],
      ["electronic components", "consumer electronics", "electronic devices", "semiconductors", "integrated circuits",
       "printed circuit board", "pcb", "pcba", "microchips", "chips", "computers", "mobile phones", "smartphones",
       "capacitors", "resistors", "displays", "led"],
      ["8471", "8473", "8517", "8518", "8519", "8521", "8522", "8523", "8524", "8525", "8526", "8527", "8528",
       "8529", "8532", "8533", "8534", "8541", "8542", "8543"],
      "Chosen HS 84/85 headings for computers, telecom/AV equipment, passive components, PCBs, semiconductors "
      "and ICs; not all of chapter 85 (motors, cables, batteries are other commodities or unassigned)."),
    C("cotton", "Cotton", None, ["Cotton"],
      ["raw cotton", "cotton lint", "cotton fibre", "cotton fiber", "seed cotton", "ginned cotton"],
      ["5201", "5203"]),
    C("garments", "Garments", None, ["Garments"],
      ["garment", "clothing", "apparel", "clothes", "ready-made garments", "knitwear", "t-shirts", "shirts"],
      ["61", "62"]),
    C("textiles", "Textiles", None, ["Textiles", "Textiles (hand-woven)"],
      ["textile", "fabric", "fabrics", "woven fabric", "knitted fabric", "cotton fabric", "hand-woven textiles",
       "handwoven textiles", "cloth", "home textiles", "bed linen"],
      ["5111", "5112", "5113", "5208", "5209", "5210", "5211", "5212", "5309", "5311", "5407", "5408", "5512",
       "5513", "5514", "5515", "5516", "5801", "5802", "5803", "5804", "5806", "60", "6301", "6302", "6303", "6304"]),
    C("thread-yarn", "Thread/yarn", None, ["Thread/Yarn"],
      ["thread", "yarn", "cotton yarn", "sewing thread", "spun yarn", "filament yarn", "polyester yarn"],
      ["5204", "5205", "5206", "5207", "5401", "5402", "5403", "5406", "5508", "5509", "5510", "5511"]),

    # ---------------------------------------------------------------- derived (downstream) DOL goods
    C("photovoltaic-ingots", "Photovoltaic ingots", None, ["Photovoltaic Ingots"],
      ["pv ingots", "solar ingots", "silicon ingots", "monocrystalline silicon ingot", "polysilicon ingots"], (),
      "Doped ingots share HS 3818 with wafers; 3818 is assigned to photovoltaic-wafers."),
    C("photovoltaic-wafers", "Photovoltaic wafers", None, ["Photovoltaic Wafers"],
      ["pv wafers", "solar wafers", "silicon wafers", "wafers"], ["3818"]),
    C("solar-cells", "Solar cells", None, ["Solar Cells"],
      ["solar cell", "pv cells", "photovoltaic cells", "photovoltaic cell"], ["854142"]),
    C("solar-modules", "Solar modules", None, ["Solar Modules"],
      ["solar panels", "solar panel", "pv modules", "pv module", "photovoltaic modules", "photovoltaic panels"],
      ["854143"]),
    C("palm-fruit", "Palm fruit", None, ["Palm Fruit"],
      ["oil palm fruit", "fresh fruit bunches", "palm fresh fruit bunches", "palm nuts", "palm kernels"], ["120710"]),
    C("crude-palm-oil", "Crude palm oil", None, ["Crude Palm Oil"], ["cpo"], ["151110"]),
    C("refined-palm-oil", "Refined palm oil", None, ["Refined Palm Oil"],
      ["palm oil", "rbd palm oil", "palm olein", "palm stearin"], ["151190"],
      "The generic alias 'palm oil' is given to the refined product."),
    C("crude-palm-kernel-oil", "Crude palm kernel oil", None, ["Crude Palm Kernel Oil"], ["cpko"], ["151321"]),
    C("refined-palm-kernel-oil", "Refined palm kernel oil", None, ["Refined Palm Kernel Oil"],
      ["palm kernel oil", "rbd palm kernel oil"], ["151329"]),
    C("oleochemicals", "Oleochemicals", None, ["Oleochemicals"],
      ["fatty acids", "fatty alcohols", "palm-based oleochemicals"], ["3823"]),

    # ---------------------------------------------------------------- other DOL goods
    C("acai-berries", "Açaí berries", None, ["Açaí Berries"], ["acai", "açaí"], ()),
    C("alcoholic-beverages", "Alcoholic beverages", None, ["Alcoholic Beverages"],
      ["alcoholic drinks", "liquor", "beer", "wine", "spirits", "rice wine"], ["2203", "2204", "2205", "2206", "2208"]),
    C("amber", "Amber", None, ["Amber"], (), ()),
    C("artificial-flowers", "Artificial flowers", None, ["Artificial Flowers"], ["fake flowers", "silk flowers"], ["6702"]),
    C("baked-goods", "Baked goods", None, ["Baked Goods"], ["bakery products", "bread", "pastries", "biscuits"], ["1905"]),
    C("bamboo", "Bamboo", None, ["Bamboo"], ["bamboo poles", "bamboo cane"], ["140110"]),
    C("bananas", "Bananas", None, ["Bananas"], ["banana", "plantains"], ["0803"]),
    C("beans", "Beans", None, ["Beans", "Beans (green beans)", "Beans (green, soy, yellow)"],
      ["green beans", "soybeans", "soya beans", "soy beans", "yellow beans", "dried beans", "kidney beans"],
      ["070820", "071331", "071332", "071333", "071334", "071335", "071339", "1201"],
      "Folds three country-specific DOL variants; soybeans included because of 'Beans (green, soy, yellow)'."),
    C("beef", "Beef", None, ["Beef"], ["bovine meat"], ["0201", "0202"]),
    C("bidis", "Bidis", None, ["Bidis (hand-rolled cigarettes)"], ["bidi", "beedi", "beedis", "hand-rolled cigarettes"], ()),
    C("blueberries", "Blueberries", None, ["Blueberries"], ["blueberry"], ["081040"]),
    C("cattle", "Cattle", None, ["Cattle", "Bovines"],
      ["bovines", "bovine animals", "cows", "live cattle", "buffalo"], ["0102"],
      "DOL uses 'Cattle' for some countries and 'Bovines' for others (no country has both); folded."),
    C("brassware", "Brassware", None, ["Brassware"], ["brass ware", "brass articles", "brass handicrafts"], ()),
    C("brazil-nuts", "Brazil nuts", None, ["Brazil Nuts/Chestnuts"], ["brazil nut", "chestnuts", "brazil nuts/chestnuts",
                                                                     "castanha"], ["080121", "080122"]),
    C("bricks", "Bricks", None, ["Bricks", "Bricks (clay)"], ["brick", "clay bricks", "fired bricks", "building bricks"],
      ["6904"]),
    C("broccoli", "Broccoli", None, ["Broccoli"], (), ["070410"]),
    C("cabbages", "Cabbages", None, ["Cabbages"], ["cabbage"], ["070490"]),
    C("carpets", "Carpets", None, ["Carpets"], ["carpet", "rugs", "rug", "floor coverings"], ["57"]),
    C("carrots", "Carrots", None, ["Carrots"], ["carrot"], ["070610"]),
    C("cashews", "Cashews", None, ["Cashews"], ["cashew", "cashew nuts", "cashew kernels"], ["080131", "080132"]),
    C("cement", "Cement", None, ["Cement"], ["portland cement", "clinker"], ["2523"]),
    C("ceramics", "Ceramics", None, ["Ceramics"], ["ceramic", "ceramic tiles", "pottery", "porcelain"], ["69"]),
    C("cereal-grains", "Cereal grains", None, ["Cereal Grains"], ["cereals", "grains", "grain", "sorghum", "millet"],
      ["10"], "HS chapter 10 except wheat (1001), corn (1005) and rice (1006)."),
    C("charcoal", "Charcoal", None, ["Charcoal"], ["wood charcoal"], ["4402"]),
    C("christmas-decorations", "Christmas decorations", None, ["Christmas Decorations"],
      ["christmas ornaments", "christmas articles"], ["950510"]),
    C("citrus-fruits", "Citrus fruits", None, ["Citrus Fruits"], ["citrus", "oranges", "lemons", "limes", "mandarins"],
      ["0805"]),
    C("cloves", "Cloves", None, ["Cloves"], ["clove"], ["0907"]),
    C("coal", "Coal", None, ["Coal"], ["hard coal", "thermal coal", "coking coal", "lignite", "anthracite"],
      ["2701", "2702"]),
    C("coca", "Coca", None, ["Coca (stimulant plant)"], ["coca leaf", "coca leaves"], ["121130"]),
    C("cocoa", "Cocoa", None, ["Cocoa"], ["cocoa beans", "cacao", "cocoa butter", "cocoa powder", "chocolate"], ["18"]),
    C("coconuts", "Coconuts", None, ["Coconuts"], ["coconut", "copra"], ["080111", "080112", "080119", "1203"]),
    C("coffee", "Coffee", None, ["Coffee"], ["coffee beans", "green coffee"], ["0901"]),
    C("corn", "Corn", None, ["Corn"], ["maize"], ["1005"]),
    C("cottonseed", "Cottonseed", None, ["Cottonseed (hybrid)"], ["cotton seed", "hybrid cottonseed"], ["120721", "120729"]),
    C("cucumbers", "Cucumbers", None, ["Cucumbers"], ["cucumber", "gherkins"], ["0707"]),
    C("cumin", "Cumin", None, ["Cumin"], ["cumin seeds"], ["090931", "090932"]),
    C("dairy-products", "Dairy products", None, ["Dairy Products"], ["dairy", "milk", "cheese", "butter", "yogurt"],
      ["0401", "0402", "0403", "0404", "0405", "0406"]),
    C("diamonds", "Diamonds", None, ["Diamonds"], ["diamond", "rough diamonds"], ["7102"]),
    C("dried-fish", "Dried fish", None, ["Dried Fish"], ["salted fish", "smoked fish"], ["0305"]),
    C("eggplants", "Eggplants", None, ["Eggplants"], ["eggplant", "aubergines", "brinjal"], ["070930"]),
    C("embellished-textiles", "Embellished textiles", None, ["Embellished Textiles"],
      ["embroidered textiles", "embroidery", "zari", "zardozi", "sequined textiles"], ["5810"]),
    C("emeralds", "Emeralds", None, ["Emeralds"], ["emerald"], (),
      "HS 710391 covers rubies, sapphires and emeralds together; left to gems (7103)."),
    C("fashion-accessories", "Fashion accessories", None, ["Fashion Accessories"], ["fashion jewelry"], ()),
    C("fireworks", "Fireworks", None, ["Fireworks", "Pyrotechnics"], ["pyrotechnics", "firecrackers", "pyrotechnic articles"],
      ["3604"], "DOL lists 'Pyrotechnics' for the Philippines and 'Fireworks' for other countries; folded."),
    C("fish", "Fish", None, ["Fish"], ["seafood", "fresh fish", "frozen fish", "fish fillets", "tuna", "sardines"],
      ["0301", "0302", "0303", "0304", "1604"],
      "Species with their own DOL good (tilapia, Nile perch) and dried fish are separate commodities."),
    C("flowers", "Flowers", None, ["Flowers"], ["cut flowers", "roses"], ["0603"]),
    C("fluorspar", "Fluorspar", None, ["Fluorspar (mineral)"], ["fluorite", "calcium fluoride"], ["252921", "252922"]),
    C("footwear", "Footwear", None, ["Footwear", "Footwear (sandals)"], ["shoes", "sandals", "boots"], ["64"]),
    C("pome-stone-fruit", "Fruit (pome and stone)", None, ["Fruit (Pome and Stone)"],
      ["pome fruit", "stone fruit", "apples", "pears", "peaches", "cherries", "plums", "apricots"], ["0808", "0809"]),
    C("furniture", "Furniture", None, ["Furniture", "Furniture (steel)"], ["steel furniture", "wooden furniture"],
      ["9401", "9403"]),
    C("garlic", "Garlic", None, ["Garlic"], (), ["070320"]),
    C("gems", "Gems", None, ["Gems"], ["gemstones", "gemstone", "precious stones", "semi-precious stones"], ["7103"]),
    C("glass-bangles", "Glass bangles", None, ["Glass Bangles"], ["bangles", "glass bangle"], ()),
    C("gloves", "Gloves", None, ["Gloves"], ["textile gloves", "work gloves", "knitted gloves"], ["6116", "6216"]),
    C("goats", "Goats", None, ["Goats"], ["goat", "live goats"], ["010420"]),
    C("granite", "Granite", None, ["Granite", "Granite (crushed)"], ["crushed granite"], ["251611", "251612"]),
    C("grapes", "Grapes", None, ["Grapes"], ["grape", "table grapes", "raisins"], ["0806"]),
    C("gravel", "Gravel", None, ["Gravel (crushed stones)"], ["crushed stones", "crushed stone", "aggregates"], ["2517"]),
    C("gypsum", "Gypsum", None, ["Gypsum (mineral)"], ["anhydrite"], ["2520"]),
    C("hair-products", "Hair products", None, ["Hair Products"], ["wigs", "hair extensions", "human hair", "hairpieces"],
      ["0501", "6703", "6704"]),
    C("hazelnuts", "Hazelnuts", None, ["Hazelnuts"], ["hazelnut", "filberts"], ["080221", "080222"]),
    C("hogs", "Hogs", None, ["Hogs"], ["pigs", "swine", "live pigs"], ["0103"]),
    C("incense", "Incense", None, ["Incense (agarbatti)"], ["agarbatti", "incense sticks"], ["330741"]),
    C("jade", "Jade", None, ["Jade"], ["jadeite", "nephrite"], ()),
    C("jute", "Jute", None, ["Jute (textiles)"], ["jute textiles", "jute fabric", "jute yarn", "hessian", "burlap"],
      ["5303", "5307", "5310"]),
    C("khat", "Khat", None, ["Khat (stimulant plant)", "Khat/Miraa (stimulant plant)"], ["miraa", "qat", "khat/miraa"], ()),
    C("leather-goods", "Leather goods and accessories", None, ["Leather Goods/Accessories"],
      ["leather goods", "leather accessories", "leather bags", "handbags", "leather belts"], ["4202", "4203", "4205"]),
    C("lettuce", "Lettuce", None, ["Lettuce"], (), ["070511", "070519"]),
    C("lobsters", "Lobsters", None, ["Lobsters"], ["lobster", "spiny lobster", "rock lobster"],
      ["030611", "030612", "030631", "030632"]),
    C("locks", "Locks", None, ["Locks"], ["padlocks", "padlock", "lock"], ["8301"]),
    C("cassava", "Manioc/cassava", None, ["Manioc/Cassava"], ["manioc", "yuca", "tapioca root"], ["071410"]),
    C("matches", "Matches", None, ["Matches"], ["matchsticks", "safety matches"], ["3605"]),
    C("meat", "Meat", None, ["Meat"], ["meat products"], ["02"],
      "HS chapter 02 except beef (0201, 0202) and poultry meat (0207)."),
    C("melons", "Melons", None, ["Melons"], ["melon", "watermelons", "watermelon"], ["080711", "080719"]),
    C("nails", "Nails", None, ["Nails"], ["steel nails", "wire nails"], ["7317"]),
    C("nile-perch", "Nile perch", None, ["Nile Perch (fish)"], ["lates niloticus"], ["030279", "030329", "030433", "030463"],
      "HS 030279/030329 also include snakeheads."),
    C("olives", "Olives", None, ["Olives"], ["olive"], ["070992", "071120", "200570"]),
    C("onions", "Onions", None, ["Onions"], ["onion", "shallots"], ["070310"]),
    C("palm-thatch", "Palm thatch", None, ["Palm Thatch"], ["thatch", "nipa thatch"], ()),
    C("peanuts", "Peanuts", None, ["Peanuts"], ["peanut", "groundnuts", "groundnut"], ["1202"]),
    C("pepper", "Pepper (spice)", None, ["Pepper"], ["black pepper", "white pepper", "peppercorns", "piper nigrum"],
      ["090411", "090412"], "DOL 'Pepper' (Vietnam) is the piper spice."),
    C("peppers", "Peppers (capsicum)", None, ["Peppers", "Chile Peppers"],
      ["chile peppers", "chili peppers", "chilli peppers", "chilies", "chillies", "bell peppers", "sweet peppers",
       "capsicum", "capsicums"],
      ["070960", "090421", "090422"],
      "DOL 'Peppers' (Paraguay) and 'Chile Peppers' (Mexico) are both capsicum and share HS 070960; folded."),
    C("pineapples", "Pineapples", None, ["Pineapples"], ["pineapple"], ["080430"]),
    C("poppies", "Poppies", None, ["Poppies"], ["poppy", "opium poppy", "opium", "poppy seeds"], ["120791", "130211"]),
    C("pornography", "Pornography", None, ["Pornography"], (), ()),
    C("potatoes", "Potatoes", None, ["Potatoes"], ["potato"], ["0701"]),
    C("poultry", "Poultry", None, ["Poultry"], ["chickens", "chicken", "broilers", "poultry meat"], ["0105", "0207"]),
    C("pulses", "Pulses (legumes)", None, ["Pulses (legumes)"], ["legumes", "lentils", "chickpeas", "dried peas"],
      ["0713"], "HS 0713 except the dried-bean subheadings (-> beans)."),
    C("rice", "Rice", None, ["Rice"], ["paddy", "paddy rice", "milled rice"], ["1006"]),
    C("rubber-gloves", "Rubber gloves", None, ["Rubber Gloves"],
      ["latex gloves", "nitrile gloves", "medical gloves", "examination gloves", "surgical gloves"], ["401512", "401519"]),
    C("rubies", "Rubies", None, ["Rubies"], ["ruby"], ()),
    C("salt", "Salt", None, ["Salt"], ["sea salt", "rock salt", "sodium chloride"], ["2501"]),
    C("sand", "Sand", None, ["Sand"], ["natural sand", "silica sand", "construction sand"], ["2505"]),
    C("sandstone", "Sandstone", None, ["Sandstone"], (), ["251620"]),
    C("sapphires", "Sapphires", None, ["Sapphires"], ["sapphire"], ()),
    C("sesame", "Sesame", None, ["Sesame"], ["sesame seeds", "sesame seed"], ["120740"]),
    C("sheep", "Sheep", None, ["Sheep"], ["live sheep", "lambs"], ["010410"]),
    C("shellfish", "Shellfish", None, ["Shellfish"], ["molluscs", "mollusks", "clams", "crustaceans", "conch"],
      ["0306", "0307"], "HS 0306/0307 except shrimp and lobster subheadings."),
    C("shrimp", "Shrimp", None, ["Shrimp"], ["shrimps", "prawns", "prawn"],
      ["030616", "030617", "030635", "030636", "160521", "160529"]),
    C("silk-cocoons", "Silk cocoons", None, ["Silk Cocoons"], ["silkworm cocoons", "cocoons"], ["5001"]),
    C("silk-fabric", "Silk fabric", None, ["Silk Fabric"], ["silk fabrics", "silk cloth", "woven silk"], ["5007"]),
    C("silk-thread", "Silk thread", None, ["Silk Thread"], ["silk yarn", "raw silk"], ["5002", "5004", "5005", "5006"]),
    C("sisal", "Sisal", None, ["Sisal"], ["sisal fibre", "sisal fiber"], (),
      "Sisal is in HS 530500 together with coconut, abaca and ramie fibres; no prefix assigned."),
    C("soap", "Soap", None, ["Soap"], ["soaps"], ["3401"]),
    C("soccer-balls", "Soccer balls", None, ["Soccer Balls"], ["footballs", "football", "soccer ball", "inflatable balls"],
      ["950662"]),
    C("stones", "Stones", None, ["Stones", "Stones (limestone)", "Stones (pumice)"],
      ["stone", "limestone", "pumice", "pumice stone", "marble", "building stone", "quarried stone", "cobblestones"],
      ["2513", "2515", "2521", "6801", "6802"],
      "Folds the limestone and pumice variants (different countries)."),
    C("strawberries", "Strawberries", None, ["Strawberries"], ["strawberry"], ["081010"]),
    C("sugar-beets", "Sugar beets", None, ["Sugar Beets"], ["sugar beet", "beet sugar"], ["121291", "170112"]),
    C("sugarcane", "Sugarcane", None, ["Sugarcane"], ["sugar cane", "cane sugar", "raw cane sugar"],
      ["121293", "170113", "170114"]),
    C("sunflowers", "Sunflowers", None, ["Sunflowers"], ["sunflower seeds", "sunflower"], ["1206"]),
    C("surgical-instruments", "Surgical instruments", None, ["Surgical Instruments"], ["medical instruments"], ["9018"]),
    C("sweet-potatoes", "Sweet potatoes", None, ["Sweet Potatoes"], ["sweet potato"], ["071420"]),
    C("tanzanite", "Tanzanite", None, ["Tanzanite (gems)"], (), ()),
    C("tea", "Tea", None, ["Tea"], ["tea leaves", "black tea", "green tea"], ["0902"]),
    C("teak", "Teak", None, ["Teak"], ["teak wood", "teakwood"], ()),
    C("tilapia", "Tilapia", None, ["Tilapia (fish)"], (), ["030271", "030323", "030431", "030461"]),
    C("timber", "Timber", None, ["Timber"], ["wood", "lumber", "logs", "sawn wood", "sawnwood", "hardwood", "roundwood"],
      ["4403", "4406", "4407"]),
    C("tobacco", "Tobacco", None, ["Tobacco"], ["tobacco leaf", "cigarettes", "cigars"], ["2401", "2402", "2403"]),
    C("tomato-products", "Tomato products", None, ["Tomato Products"], ["tomato paste", "tomato sauce", "ketchup",
                                                                        "canned tomatoes"], ["2002", "210320"]),
    C("tomatoes", "Tomatoes", None, ["Tomatoes"], ["tomato"], ["0702"]),
    C("toys", "Toys", None, ["Toys"], ["toy", "dolls"], ["9503"]),
    C("trona", "Trona", None, ["Trona (mineral)"], ["natural soda ash"], ()),
    C("vanilla", "Vanilla", None, ["Vanilla"], ["vanilla beans"], ["0905"]),
    C("wheat", "Wheat", None, ["Wheat"], ["wheat grain"], ["1001"]),
    C("yerba-mate", "Yerba mate", None, ["Yerba Mate (stimulant plant)"], ["mate", "yerba"], ["0903"]),
]


# Commodities of the DOL 2024 additions and of the commodity graph live in their own
# modules so each can grow on its own; one table, one set of checks below.
TABLE = TABLE + commodities_dol2024.TABLE + commodities_graph.TABLE


def dol_goods(sources):
    out = {}
    for r in dol_goods_rows(sources):
        if out.setdefault(r["good"], r["sector"]) != r["sector"]:
            fail(f"goods_2016.xml: {r['good']!r} has two sectors")
    return out


def hs_codes(sources):
    return {r["hscode"].strip(): r["description"].strip()
            for r in read_csv(src(sources, "hs-codes", "harmonized-system.csv"))}


def build(sources):
    goods = dol_goods(sources)
    if len(goods) != 169:
        fail(f"goods_2016.xml: expected 169 Good_Name values, found {len(goods)}")
    hs = hs_codes(sources)
    ids, good_map, alias_owner, hs_owner = set(), {}, {}, {}
    records = []
    for c in TABLE:
        cid = c["id"]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cid):
            fail(f"commodity id {cid!r} is not lowercase kebab-case")
        if cid in ids:
            fail(f"duplicate commodity id {cid}")
        ids.add(cid)
        sectors = set()
        for g in c["dol"]:
            if g not in goods:
                fail(f"{cid}: DOL good {g!r} is not in goods_2016.xml")
            if g in good_map:
                fail(f"DOL good {g!r} mapped to both {good_map[g]} and {cid}")
            good_map[g] = cid
            sectors.add(goods[g])
        sector = c["sector"]
        if sector is None:
            if len(sectors) != 1:
                fail(f"{cid}: cannot take the sector from DOL goods {c['dol']} (sectors {sectors})")
            sector = sectors.pop()
        elif sectors and sectors != {sector}:
            fail(f"{cid}: sector {sector} disagrees with DOL {sectors}")
        for p in c["hs"]:
            if not re.fullmatch(r"\d{2}|\d{4}|\d{6}", p):
                fail(f"{cid}: HS prefix {p!r} must be 2, 4 or 6 digits")
            if p not in hs:
                fail(f"{cid}: HS prefix {p} is not in the HS 2022 nomenclature CSV")
            if p in hs_owner and hs_owner[p] != cid:
                fail(f"HS prefix {p} under both {hs_owner[p]} and {cid}")
            hs_owner[p] = cid
        # aliases: DOL published names first, then the curated ones; deduped by normalized form
        aliases, seen = [], {norm(c["name"]), norm(cid)}
        for a in c["dol"] + c["aliases"]:
            n = norm(a)
            if not n or n in seen:
                continue
            seen.add(n)
            aliases.append(a)
        for n in seen:
            if n in alias_owner and alias_owner[n] != cid:
                fail(f"alias/name form {n!r} used by both {alias_owner[n]} and {cid}")
            alias_owner[n] = cid
        rec = {"id": cid, "name": c["name"], "sector": sector, "aliases": aliases,
               "hs": sorted(dict.fromkeys(c["hs"]))}
        if c["dol"]:
            rec["source"] = DOL_SOURCE
            note = "DOL good name(s): " + "; ".join(c["dol"]) + "."
        else:
            rec["source"] = CURATED_SOURCE
            note = "Not a good of the DOL 2022 List of Goods data; sector assigned by chainrisk."
        if c["note"]:
            note += " " + c["note"]
        rec["note"] = note
        records.append(rec)
    missing = sorted(set(goods) - set(good_map))
    if missing:
        fail(f"DOL goods not mapped to any commodity: {missing}")
    records.sort(key=lambda r: r["id"])
    return records, good_map


def main(sources):
    records, good_map = build(sources)
    write_json(FILE, dataset(MANIFEST["id"], MANIFEST["kind"], records))
    print(f"commodities: {len(records)} records; {len(good_map)} DOL goods mapped; "
          f"{sum(len(r['hs']) for r in records)} HS prefixes; {sum(len(r['aliases']) for r in records)} aliases")


if __name__ == "__main__":
    main_wrapper(main)
