"""Commodities for goods first listed in the DOL 2024 edition (lead, nickel, PVC, squid, jujubes...).
Merged into commodities.py's TABLE; the same checks apply (unique ids, aliases and HS prefixes).

Only goods that a cited 2024 addition needs are here (see sources/dol_2024_additions.csv and
sources/README.md). Nickel, PVC, aluminum, manganese and copper ore already exist in commodities.py.
`dol` stays empty: these are not good names of the 2022 data (goods_2016.xml). Sectors are assigned
by chainrisk (raw farm/fish goods Agriculture, processed goods Manufacturing).

Silicon metal and caustic soda are also inputs the commodity graph may need. If
commodities_graph.TABLE defines a commodity with the same id, that definition wins and the row
here is dropped, so the two tables never define one id twice.
"""
from commodity_table import C  # noqa: F401
import commodities_graph

NOTE = "DOL 2024 addition"

_ROWS = [
    # ---------------------------------------------------------------- China (forced labor)
    C("squid", "Squid", "Agriculture", (),
      ["squids", "calamari", "frozen squid", "jumbo flying squid", "squid tubes"],
      ["030742", "030743", "030749", "160554"],
      NOTE + " (China, forced labor). HS 0307.42/43/49 and 1605.54 cover cuttlefish and squid together; "
      "they are narrower than shellfish's 0307."),
    C("jujubes", "Jujubes (red dates)", "Agriculture", (),
      ["jujube", "red dates", "red date", "chinese dates", "chinese red dates", "dried jujubes", "ziziphus jujuba"],
      (),
      NOTE + " (China, forced labor). No HS subheading of its own (fresh 0810.90 and dried 0813.40 hold other fruit too)."),
    C("caustic-soda", "Caustic soda (sodium hydroxide)", "Manufacturing", (),
      ["caustic soda", "sodium hydroxide", "naoh", "caustic soda flakes", "caustic soda lye", "caustic soda solution"],
      ["281511", "281512"],
      NOTE + " (China, forced labor). HS 2815.11 solid, 2815.12 aqueous solution."),
    C("silicon-metal", "Silicon metal (metallurgical-grade)", "Manufacturing", (),
      ["silicon metal", "metallurgical-grade silicon", "metallurgical grade silicon", "mg-si", "mgsi",
       "industrial silicon"],
      ["280469"],
      NOTE + " (China, forced labor: 'metallurgical-grade silicon'). HS 2804.69 is silicon with less than 99.99 % Si; "
      "polysilicon keeps 2804.61."),
    # ---------------------------------------------------------------- India (child labor)
    C("recovered-metals", "Recovered metals (electronic waste)", "Manufacturing", (),
      ["recovered metals", "e-waste", "electronic waste", "e-waste metals", "electronic scrap", "e-scrap", "weee"],
      ["8549"],
      NOTE + " (India, child labor: 'Recovered Metals (electronic waste)'). HS 8549 is the HS 2022 heading for "
      "electrical and electronic waste and scrap."),
    # ---------------------------------------------------------------- Thailand (downstream of fish, forced labor)
    C("fishmeal", "Fishmeal", "Manufacturing", (),
      ["fish meal", "fish meals", "fish flour", "fishmeal pellets"],
      ["230120"],
      NOTE + " (Thailand, downstream good of fish caught with forced labor). HS 2301.20 also covers meals of "
      "crustaceans and molluscs."),
    C("fish-oil", "Fish oil", "Manufacturing", (),
      ["fish oils", "fish fat", "fish fats", "fish-liver oil", "fish liver oil", "crude fish oil"],
      ["1504"],
      NOTE + " (Thailand, downstream good of fish caught with forced labor). HS 1504 also covers marine mammal fats."),
    C("animal-feed", "Animal feed", "Manufacturing", (),
      ["animal feeds", "livestock feed", "compound feed", "aquafeed", "aqua feed", "fish feed", "shrimp feed",
       "poultry feed", "pet food"],
      ["2309"],
      NOTE + " (Thailand, downstream good of fish caught with forced labor). HS 2309: preparations used in animal feeding."),
    # ---------------------------------------------------------------- Dominican Republic (downstream of sugarcane, forced labor)
    C("bagasse", "Bagasse", "Manufacturing", (),
      ["sugarcane bagasse", "sugar cane bagasse", "cane bagasse"],
      ["230320"],
      NOTE + " (Dominican Republic, downstream good of sugarcane). HS 2303.20 also covers beet pulp."),
    C("furfural", "Furfural", "Manufacturing", (),
      ["furfuraldehyde", "2-furaldehyde", "furfurol"],
      ["293212"],
      NOTE + " (Dominican Republic, downstream good of sugarcane)."),
    C("molasses", "Molasses", "Manufacturing", (),
      ["cane molasses", "sugarcane molasses", "sugar cane molasses", "blackstrap molasses"],
      ["1703"],
      NOTE + " (Dominican Republic, downstream good of sugarcane). HS 1703 also covers beet molasses."),
    C("refined-sugar", "Refined sugar", "Manufacturing", (),
      ["white sugar", "refined cane sugar", "granulated sugar"],
      ["170199"],
      NOTE + " (Dominican Republic, downstream good of sugarcane). Raw cane sugar (1701.13/14) stays with sugarcane."),
    C("rum", "Rum", "Manufacturing", (),
      ["rums", "cane spirits", "sugarcane spirits"],
      ["220840"],
      NOTE + " (Dominican Republic, downstream good of sugarcane). HS 2208.40 is narrower than alcoholic-beverages' 2208."),
]

_GRAPH_IDS = {c["id"] for c in commodities_graph.TABLE}
TABLE = [c for c in _ROWS if c["id"] not in _GRAPH_IDS]
