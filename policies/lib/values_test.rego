package evident.lib.values_test

import data.evident.lib.values

test_true_value if {
	values.true_value(true)
	values.true_value("TRUE")
	not values.true_value("yes")
	not values.true_value(1)
	not values.true_value({"__unknown__": "var.x", "refs": ["var.x"]})
}

test_known_object if {
	values.known_object({"a": 1})
	not values.known_object({"__unknown__": "var.x", "refs": ["var.x"]})
	not values.known_object("x")
}
