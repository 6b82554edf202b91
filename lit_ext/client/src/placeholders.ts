// TEMPORARY
import {html} from 'lit';
import {ExtModule} from './base_module';
class P1 extends ExtModule { static override title = 'Neurons (todo)'; static override template = () => html`<neuron-view-module></neuron-view-module>`; protected override renderImpl() { return html`todo`; } }
class P2 extends ExtModule { static override title = 'NMF (todo)'; static override template = () => html`<nmf-module></nmf-module>`; protected override renderImpl() { return html`todo`; } }
customElements.define('neuron-view-module', P1);
customElements.define('nmf-module', P2);
