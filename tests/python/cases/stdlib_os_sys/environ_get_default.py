# os.environ.get with a variable that is not set: the default, or None.
import os
url = os.environ.get("REVLAB_TEST_UNSET_DATABASE_URL", "sqlite:///app.db")
print(url)
print(os.environ.get("REVLAB_TEST_UNSET_FLAG"))
debug = os.environ.get("REVLAB_TEST_UNSET_DEBUG", "0") == "1"
print(debug)
batch = int(os.environ.get("REVLAB_TEST_UNSET_BATCH_SIZE", "500"))
print(batch * 2)
schema = os.getenv("REVLAB_TEST_UNSET_SCHEMA", "public")
print(schema, os.getenv("REVLAB_TEST_UNSET_OTHER") is None)
print("REVLAB_TEST_UNSET_DATABASE_URL" in os.environ)
