const Mixin = (Base) =>
	class extends Base {
		_enabled = false;
		get enabled() {
			return this._enabled;
		}
		set enabled(value) {
			this._enabled = value;
		}
	};
