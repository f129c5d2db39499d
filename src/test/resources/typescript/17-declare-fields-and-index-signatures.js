class Bindings {




	name = "bindings";
}
