import Hummingbird
import GRDB
print("scimdesk")
