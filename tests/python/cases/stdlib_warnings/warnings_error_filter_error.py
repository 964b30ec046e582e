# Under an "error" filter, warn() raises the warning.
import warnings
warnings.simplefilter("error")
warnings.warn("this becomes an exception")
