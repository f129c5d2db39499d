const Mixin = <TBase extends new (...args: any[]) => object>(Base: TBase) =>
	class extends Base {
		private _enabled: boolean = false;
		get enabled(): boolean {
			return this._enabled;
		}
		set enabled(value: boolean) {
			this._enabled = value;
		}
	};
