var ee=window,te=ee.ShadowRoot&&(ee.ShadyCSS===void 0||ee.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,ge=Symbol(),je=new WeakMap,j=class{constructor(t,e,r){if(this._$cssResult$=!0,r!==ge)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(te&&t===void 0){let r=e!==void 0&&e.length===1;r&&(t=je.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),r&&je.set(e,t))}return t}toString(){return this.cssText}},$=o=>new j(typeof o=="string"?o:o+"",void 0,ge),x=(o,...t)=>{let e=o.length===1?o[0]:t.reduce(((r,n,s)=>r+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+o[s+1]),o[0]);return new j(e,o,ge)},be=(o,t)=>{te?o.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let r=document.createElement("style"),n=ee.litNonce;n!==void 0&&r.setAttribute("nonce",n),r.textContent=e.cssText,o.appendChild(r)}))},re=te?o=>o:o=>o instanceof CSSStyleSheet?(t=>{let e="";for(let r of t.cssRules)e+=r.cssText;return $(e)})(o):o;var $e,ne=window,We=ne.trustedTypes,Lt=We?We.emptyScript:"",Ge=ne.reactiveElementPolyfillSupport,we={toAttribute(o,t){switch(t){case Boolean:o=o?Lt:null;break;case Object:case Array:o=o==null?o:JSON.stringify(o)}return o},fromAttribute(o,t){let e=o;switch(t){case Boolean:e=o!==null;break;case Number:e=o===null?null:Number(o);break;case Object:case Array:try{e=JSON.parse(o)}catch{e=null}}return e}},Ke=(o,t)=>t!==o&&(t==t||o==o),xe={attribute:!0,type:String,converter:we,reflect:!1,hasChanged:Ke},ke="finalized",_=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,r)=>{let n=this._$Ep(r,e);n!==void 0&&(this._$Ev.set(n,r),t.push(n))})),t}static createProperty(t,e=xe){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let r=typeof t=="symbol"?Symbol():"__"+t,n=this.getPropertyDescriptor(t,r,e);n!==void 0&&Object.defineProperty(this.prototype,t,n)}}static getPropertyDescriptor(t,e,r){return{get(){return this[e]},set(n){let s=this[t];this[e]=n,this.requestUpdate(t,s,r)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||xe}static finalize(){if(this.hasOwnProperty(ke))return!1;this[ke]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,r=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let n of r)this.createProperty(n,e[n])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let r=new Set(t.flat(1/0).reverse());for(let n of r)e.unshift(re(n))}else t!==void 0&&e.push(re(t));return e}static _$Ep(t,e){let r=e.attribute;return r===!1?void 0:typeof r=="string"?r:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,r;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((r=t.hostConnected)===null||r===void 0||r.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return be(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostConnected)===null||r===void 0?void 0:r.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostDisconnected)===null||r===void 0?void 0:r.call(e)}))}attributeChangedCallback(t,e,r){this._$AK(t,r)}_$EO(t,e,r=xe){var n;let s=this.constructor._$Ep(t,r);if(s!==void 0&&r.reflect===!0){let i=(((n=r.converter)===null||n===void 0?void 0:n.toAttribute)!==void 0?r.converter:we).toAttribute(e,r.type);this._$El=t,i==null?this.removeAttribute(s):this.setAttribute(s,i),this._$El=null}}_$AK(t,e){var r;let n=this.constructor,s=n._$Ev.get(t);if(s!==void 0&&this._$El!==s){let i=n.getPropertyOptions(s),a=typeof i.converter=="function"?{fromAttribute:i.converter}:((r=i.converter)===null||r===void 0?void 0:r.fromAttribute)!==void 0?i.converter:we;this._$El=s,this[s]=a.fromAttribute(e,i.type),this._$El=null}}requestUpdate(t,e,r){let n=!0;t!==void 0&&(((r=r||this.constructor.getPropertyOptions(t)).hasChanged||Ke)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),r.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,r))):n=!1),!this.isUpdatePending&&n&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((n,s)=>this[s]=n)),this._$Ei=void 0);let e=!1,r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),(t=this._$ES)===null||t===void 0||t.forEach((n=>{var s;return(s=n.hostUpdate)===null||s===void 0?void 0:s.call(n)})),this.update(r)):this._$Ek()}catch(n){throw e=!1,this._$Ek(),n}e&&this._$AE(r)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((r=>{var n;return(n=r.hostUpdated)===null||n===void 0?void 0:n.call(r)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,r)=>this._$EO(r,this[r],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};_[ke]=!0,_.elementProperties=new Map,_.elementStyles=[],_.shadowRootOptions={mode:"open"},Ge?.({ReactiveElement:_}),(($e=ne.reactiveElementVersions)!==null&&$e!==void 0?$e:ne.reactiveElementVersions=[]).push("1.6.3");var Ae,se=window,N=se.trustedTypes,Qe=N?N.createPolicy("lit-html",{createHTML:o=>o}):void 0,Ee="$lit$",M=`lit$${(Math.random()+"").slice(9)}$`,rt="?"+M,Tt=`<${rt}>`,I=document,G=()=>I.createComment(""),K=o=>o===null||typeof o!="object"&&typeof o!="function",nt=Array.isArray,Ht=o=>nt(o)||typeof o?.[Symbol.iterator]=="function",Se=`[ 	
\f\r]`,W=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Xe=/-->/g,Ye=/>/g,T=RegExp(`>|${Se}(?:([^\\s"'>=/]+)(${Se}*=${Se}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Ze=/'/g,Je=/"/g,st=/^(?:script|style|textarea|title)$/i,ot=o=>(t,...e)=>({_$litType$:o,strings:t,values:e}),m=ot(1),$r=ot(2),P=Symbol.for("lit-noChange"),v=Symbol.for("lit-nothing"),et=new WeakMap,H=I.createTreeWalker(I,129,null,!1);function it(o,t){if(!Array.isArray(o)||!o.hasOwnProperty("raw"))throw Error("invalid template strings array");return Qe!==void 0?Qe.createHTML(t):t}var It=(o,t)=>{let e=o.length-1,r=[],n,s=t===2?"<svg>":"",i=W;for(let a=0;a<e;a++){let l=o[a],d,c,u=-1,h=0;for(;h<l.length&&(i.lastIndex=h,c=i.exec(l),c!==null);)h=i.lastIndex,i===W?c[1]==="!--"?i=Xe:c[1]!==void 0?i=Ye:c[2]!==void 0?(st.test(c[2])&&(n=RegExp("</"+c[2],"g")),i=T):c[3]!==void 0&&(i=T):i===T?c[0]===">"?(i=n??W,u=-1):c[1]===void 0?u=-2:(u=i.lastIndex-c[2].length,d=c[1],i=c[3]===void 0?T:c[3]==='"'?Je:Ze):i===Je||i===Ze?i=T:i===Xe||i===Ye?i=W:(i=T,n=void 0);let p=i===T&&o[a+1].startsWith("/>")?" ":"";s+=i===W?l+Tt:u>=0?(r.push(d),l.slice(0,u)+Ee+l.slice(u)+M+p):l+M+(u===-2?(r.push(void 0),a):p)}return[it(o,s+(o[e]||"<?>")+(t===2?"</svg>":"")),r]},Q=class o{constructor({strings:t,_$litType$:e},r){let n;this.parts=[];let s=0,i=0,a=t.length-1,l=this.parts,[d,c]=It(t,e);if(this.el=o.createElement(d,r),H.currentNode=this.el.content,e===2){let u=this.el.content,h=u.firstChild;h.remove(),u.append(...h.childNodes)}for(;(n=H.nextNode())!==null&&l.length<a;){if(n.nodeType===1){if(n.hasAttributes()){let u=[];for(let h of n.getAttributeNames())if(h.endsWith(Ee)||h.startsWith(M)){let p=c[i++];if(u.push(h),p!==void 0){let f=n.getAttribute(p.toLowerCase()+Ee).split(M),y=/([.?@])?(.*)/.exec(p);l.push({type:1,index:s,name:y[2],strings:f,ctor:y[1]==="."?Me:y[1]==="?"?Ce:y[1]==="@"?Le:O})}else l.push({type:6,index:s})}for(let h of u)n.removeAttribute(h)}if(st.test(n.tagName)){let u=n.textContent.split(M),h=u.length-1;if(h>0){n.textContent=N?N.emptyScript:"";for(let p=0;p<h;p++)n.append(u[p],G()),H.nextNode(),l.push({type:2,index:++s});n.append(u[h],G())}}}else if(n.nodeType===8)if(n.data===rt)l.push({type:2,index:s});else{let u=-1;for(;(u=n.data.indexOf(M,u+1))!==-1;)l.push({type:7,index:s}),u+=M.length-1}s++}}static createElement(t,e){let r=I.createElement("template");return r.innerHTML=t,r}};function D(o,t,e=o,r){var n,s,i,a;if(t===P)return t;let l=r!==void 0?(n=e._$Co)===null||n===void 0?void 0:n[r]:e._$Cl,d=K(t)?void 0:t._$litDirective$;return l?.constructor!==d&&((s=l?._$AO)===null||s===void 0||s.call(l,!1),d===void 0?l=void 0:(l=new d(o),l._$AT(o,e,r)),r!==void 0?((i=(a=e)._$Co)!==null&&i!==void 0?i:a._$Co=[])[r]=l:e._$Cl=l),l!==void 0&&(t=D(o,l._$AS(o,t.values),l,r)),t}var _e=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:r},parts:n}=this._$AD,s=((e=t?.creationScope)!==null&&e!==void 0?e:I).importNode(r,!0);H.currentNode=s;let i=H.nextNode(),a=0,l=0,d=n[0];for(;d!==void 0;){if(a===d.index){let c;d.type===2?c=new X(i,i.nextSibling,this,t):d.type===1?c=new d.ctor(i,d.name,d.strings,this,t):d.type===6&&(c=new Te(i,this,t)),this._$AV.push(c),d=n[++l]}a!==d?.index&&(i=H.nextNode(),a++)}return H.currentNode=I,s}v(t){let e=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(t,r,e),e+=r.strings.length-2):r._$AI(t[e])),e++}},X=class o{constructor(t,e,r,n){var s;this.type=2,this._$AH=v,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=r,this.options=n,this._$Cp=(s=n?.isConnected)===null||s===void 0||s}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=D(this,t,e),K(t)?t===v||t==null||t===""?(this._$AH!==v&&this._$AR(),this._$AH=v):t!==this._$AH&&t!==P&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):Ht(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==v&&K(this._$AH)?this._$AA.nextSibling.data=t:this.$(I.createTextNode(t)),this._$AH=t}g(t){var e;let{values:r,_$litType$:n}=t,s=typeof n=="number"?this._$AC(t):(n.el===void 0&&(n.el=Q.createElement(it(n.h,n.h[0]),this.options)),n);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===s)this._$AH.v(r);else{let i=new _e(s,this),a=i.u(this.options);i.v(r),this.$(a),this._$AH=i}}_$AC(t){let e=et.get(t.strings);return e===void 0&&et.set(t.strings,e=new Q(t)),e}T(t){nt(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,r,n=0;for(let s of t)n===e.length?e.push(r=new o(this.k(G()),this.k(G()),this,this.options)):r=e[n],r._$AI(s),n++;n<e.length&&(this._$AR(r&&r._$AB.nextSibling,n),e.length=n)}_$AR(t=this._$AA.nextSibling,e){var r;for((r=this._$AP)===null||r===void 0||r.call(this,!1,!0,e);t&&t!==this._$AB;){let n=t.nextSibling;t.remove(),t=n}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},O=class{constructor(t,e,r,n,s){this.type=1,this._$AH=v,this._$AN=void 0,this.element=t,this.name=e,this._$AM=n,this.options=s,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=v}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,r,n){let s=this.strings,i=!1;if(s===void 0)t=D(this,t,e,0),i=!K(t)||t!==this._$AH&&t!==P,i&&(this._$AH=t);else{let a=t,l,d;for(t=s[0],l=0;l<s.length-1;l++)d=D(this,a[r+l],e,l),d===P&&(d=this._$AH[l]),i||(i=!K(d)||d!==this._$AH[l]),d===v?t=v:t!==v&&(t+=(d??"")+s[l+1]),this._$AH[l]=d}i&&!n&&this.j(t)}j(t){t===v?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Me=class extends O{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===v?void 0:t}},Pt=N?N.emptyScript:"",Ce=class extends O{constructor(){super(...arguments),this.type=4}j(t){t&&t!==v?this.element.setAttribute(this.name,Pt):this.element.removeAttribute(this.name)}},Le=class extends O{constructor(t,e,r,n,s){super(t,e,r,n,s),this.type=5}_$AI(t,e=this){var r;if((t=(r=D(this,t,e,0))!==null&&r!==void 0?r:v)===P)return;let n=this._$AH,s=t===v&&n!==v||t.capture!==n.capture||t.once!==n.once||t.passive!==n.passive,i=t!==v&&(n===v||s);s&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,r;typeof this._$AH=="function"?this._$AH.call((r=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&r!==void 0?r:this.element,t):this._$AH.handleEvent(t)}},Te=class{constructor(t,e,r){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(t){D(this,t)}};var tt=se.litHtmlPolyfillSupport;tt?.(Q,X),((Ae=se.litHtmlVersions)!==null&&Ae!==void 0?Ae:se.litHtmlVersions=[]).push("2.8.0");var at=(o,t,e)=>{var r,n;let s=(r=e?.renderBefore)!==null&&r!==void 0?r:t,i=s._$litPart$;if(i===void 0){let a=(n=e?.renderBefore)!==null&&n!==void 0?n:null;s._$litPart$=i=new X(t.insertBefore(G(),a),a,void 0,e??{})}return i._$AI(o),i};var He,Ie;var U=class extends _{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let r=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=r.firstChild),r}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=at(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return P}};U.finalized=!0,U._$litElement$=!0,(He=globalThis.litElementHydrateSupport)===null||He===void 0||He.call(globalThis,{LitElement:U});var lt=globalThis.litElementPolyfillSupport;lt?.({LitElement:U});((Ie=globalThis.litElementVersions)!==null&&Ie!==void 0?Ie:globalThis.litElementVersions=[]).push("3.3.3");function Rt(o){let t=o;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint10"||t.dtype==="float32")}function Ft(o){let t=Uint8Array.fromBase64;if(t)return t(o);let e=atob(o),r=new Uint8Array(e.length);for(let n=0;n<e.length;n++)r[n]=e.charCodeAt(n);return r}var qt=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Nt(o,t){if(o.byteLength!==t*4)throw new Error(`encoded float32 array has ${o.byteLength} bytes; its shape needs ${t*4}.`);if(qt)return new Float32Array(o.buffer.slice(o.byteOffset,o.byteOffset+t*4));let e=new DataView(o.buffer,o.byteOffset,o.byteLength),r=new Float32Array(t);for(let n=0;n<t;n++)r[n]=e.getFloat32(4*n,!0);return r}function Dt(o,t,e){let r=t+Math.ceil(t/4);if(o.byteLength!==r)throw new Error(`encoded uint10 array has ${o.byteLength} bytes; its shape needs ${r}.`);if(!(e>0))throw new Error(`uint10 array needs a positive scale, got ${e}.`);let n=new Float32Array(1024);for(let a=0;a<1024;a++)n[a]=a/e;let s=new Float32Array(t),i=t-t%4;for(let a=0,l=t;a<i;a+=4,l++){let d=o[l];s[a]=n[o[a]|(d&192)<<2],s[a+1]=n[o[a+1]|(d&48)<<4],s[a+2]=n[o[a+2]|(d&12)<<6],s[a+3]=n[o[a+3]|(d&3)<<8]}for(let a=i;a<t;a++){let l=o[t+(a>>2)]>>6-2*(a&3)&3;s[a]=n[o[a]|l<<8]}return s}function z(o){if(!Rt(o))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let t=Ft(o.data),e=o.shape.reduce((n,s)=>n*s,1),r=o.dtype==="uint10"?Dt(t,e,o.scale??0):Nt(t,e);return{shape:[...o.shape],values:r}}var oe="attention",ie="neuron_view",ae="nmf",Ot=/^(\[(CLS|SEP|PAD|MASK|UNK)\]|<\/?s>|<pad>|<mask>|<unk>)$/;function le(o){return Ot.test(o)}function de(o){let t=o.findIndex(e=>e==="[SEP]"||e==="</s>");return o.map((e,r)=>t>=0&&r>t?1:0)}function b(o,t,e){if(!(t in o))throw new Error(`${e} response has no '${t}' field.`);return o[t]}function Y(o,t,e){if(!(t.length===e.length&&t.every((n,s)=>e[s]<0||n===e[s]))){let n=e.map(s=>s<0?"?":s).join(", ");throw new Error(`${o} has shape (${t.join(", ")}); expected (${n}).`)}}function dt(o){let t=o,e=`'${oe}' interpreter`,r=b(t,"tokens",e),n=b(t,"layers",e),s=b(t,"num_heads",e),i=z(b(t,"attention",e)),a=r.length;Y("attention",i.shape,[n.length,s,a,a]);let l=s*a*a,d=n.map((h,p)=>i.values.subarray(p*l,(p+1)*l)),c=t.segment_ids??de(r),u=typeof t.num_layers=="number"?t.num_layers:null;return{tokens:r,segmentIds:c,layers:n,numHeads:s,numLayers:u,weights:d}}function ct(o){let t=o,e=`'${ie}' interpreter`,r=b(t,"tokens",e),n=r.length,s=z(b(t,"query",e)),i=z(b(t,"key",e)),a=z(b(t,"attention",e));return Y("query",s.shape,[n,-1]),Y("key",i.shape,s.shape),Y("attention",a.shape,[n,n]),{tokens:r,segmentIds:t.segment_ids??de(r),layer:b(t,"layer",e),head:b(t,"head",e),headDim:s.shape[1],query:s.values,key:i.values,attention:a.values}}function ht(o){let t=o,e=`'${ae}' interpreter`,r=b(t,"tokens",e),n=z(b(t,"factors",e));Y("factors",n.shape,[-1,r.length]);let s=n.shape[0],i=b(t,"top_neurons",e),a=b(t,"layer_share",e);if(i.length!==s||a.length!==s)throw new Error(`nmf response has ${s} factors but ${i.length} neuron lists and ${a.length} layer shares.`);return{tokens:r,tokenMask:t.token_mask??r.map(()=>!0),layers:b(t,"layers",e),k:s,factors:n.values,topNeurons:i,layerShare:a,reconstructionError:Number(t.reconstruction_error??NaN)}}function Ut(o){let t=o.spec?.output??{},e=new Map;for(let[d,c]of Object.entries(t))c?.name!=="AttentionHeads"||!c.align_in||!(c.align_in in t)||e.set(c.align_in,[...e.get(c.align_in)??[],d]);let r=null;for(let d of e)(r==null||d[1].length>r[1].length)&&(r=d);if(r==null)return null;let[n,s]=r,i=s.map((d,c)=>{let u=/(\d+)/.exec(d);return[u?Number(u[1]):c,d]}),l=new Set(i.map(([d])=>d)).size===i.length?i.sort((d,c)=>d[0]-c[0]):s.map((d,c)=>[c,d]);return{tokensField:n,layers:l}}function F(o){if(o==null)return null;if(o.interpreters?.includes(oe))return{kind:"interpreter"};let t=Ut(o);return t?{kind:"predictions",...t}:null}function he(o){return Object.values(o).some(t=>F(t)!=null)}var zt=8,R=new Map,ce=new Map,Pe=new Map;function Vt(o,t){for(R.delete(o),R.set(o,t);R.size>zt;)R.delete(R.keys().next().value)}function Bt(o,t){if(o==null)return!1;let e=t??o.allLayers;return e!=null&&e.every(r=>o.layers.has(r))}function jt(o,t,e){let r=o;if(!Array.isArray(r)||r.some(s=>!Array.isArray(s)||s.length!==t)){let s=Array.isArray(r)&&Array.isArray(r[0])?r[0].length:"?";throw new Error(`${e} has ${s} positions but the tokens have ${t}.`)}let n=new Float32Array(r.length*t*t);return r.forEach((s,i)=>s.forEach((a,l)=>{if(a.length!==t)throw new Error(`${e} row ${l} has ${a.length} values, not ${t}.`);n.set(a,(i*t+l)*t)})),[r.length,n]}async function Wt(o,t,e,r,n){let s=n.layers.map(([,c])=>c),[i]=await o.getPreds([r],e,t,[],[n.tokensField,...s],"Fetching attention"),a=i[n.tokensField],l=new Map,d=0;for(let[c,u]of n.layers){let[h,p]=jt(i[u],a.length,u);d=h,l.set(c,p)}return{tokens:a,segmentIds:de(a),numHeads:d,allLayers:n.layers.map(([c])=>c),layers:l,source:"predictions"}}async function Gt(o,t,e,r,n){let s=n?{layers:n}:{},[i]=await o.getInterpretations([r],e,t,oe,s,"Fetching attention",!0),a=dt(i),l=a.numLayers!=null?Array.from({length:a.numLayers},(d,c)=>c):n==null?a.layers:Pe.get(e)??null;return l&&Pe.set(e,l),{tokens:a.tokens,segmentIds:a.segmentIds,numHeads:a.numHeads,allLayers:l,layers:new Map(a.layers.map((d,c)=>[d,a.weights[c]])),source:"interpreter"}}function Kt(){return new Promise(o=>setTimeout(o,0))}async function V(o,t,e,r,n,s){let i=`${e}\0${t}\0${n.id}`,a=R.get(i);if(Bt(a,s))return a;let l=r.kind==="interpreter"&&s!=null&&Pe.has(e)?s:null,d=`${i}\0${l?.join(",")??"all"}`,c=ce.get(d);return c==null&&(c=(l==null?Kt().then(()=>Promise.allSettled([...ce].filter(([h])=>h.startsWith(`${i}\0`)&&h!==d).map(([,h])=>h))):Promise.resolve()).then(()=>r.kind==="interpreter"?Gt(o,t,e,n,l):Wt(o,t,e,n,r)).then(h=>{let p=R.get(i);return p&&(h.layers.forEach((f,y)=>p.layers.set(y,f)),p.allLayers??=h.allLayers,h=p),Vt(i,h),h}).finally(()=>ce.delete(d)),ce.set(d,c)),c}var ut=`/* Layout and status styles shared by lit-ext's modules. */
:host {
  display: block;
  height: 100%;
  box-sizing: border-box;
  font-family: 'Roboto', sans-serif;
  font-size: 13px;
  color: var(--lit-neutral-800, #3c4043);
}

.module-container {
  display: flex;
  flex-direction: column;
  height: 100%;
  min-height: 0;
}

.toolbar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 14px;
  padding: 6px 8px;
  border-bottom: 1px solid var(--lit-neutral-300, #dadce0);
  background: var(--lit-neutral-50, #f8f9fa);
}

.toolbar label,
.control {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  color: var(--lit-neutral-700, #5f6368);
  white-space: nowrap;
}

.toolbar select,
.toolbar input[type='number'] {
  font: inherit;
  color: var(--lit-neutral-900, #202124);
}

.toolbar input[type='number'] {
  width: 4em;
}

.body {
  position: relative;
  flex: 1;
  min-height: 0;
  overflow: auto;
  padding: 6px 8px;
}

.hint {
  color: var(--lit-neutral-600, #80868b);
  font-size: 12px;
}

.status {
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 8px;
  color: var(--lit-neutral-700, #5f6368);
}

.status.error {
  margin: 8px;
  border: 1px solid var(--google-red-500, #ea4335);
  border-radius: 4px;
  background: var(--google-red-50, #fce8e6);
  color: var(--google-red-700, #c5221f);
  white-space: pre-wrap;
  word-break: break-word;
}

.spinner {
  width: 16px;
  height: 16px;
  flex: none;
  border: 2px solid var(--lit-neutral-300, #dadce0);
  border-top-color: var(--lit-cyea-500, #348199);
  border-radius: 50%;
  animation: spin 0.8s linear infinite;
}

@keyframes spin {
  to { transform: rotate(360deg); }
}

.tooltip {
  position: fixed;
  z-index: 10;
  pointer-events: none;
  max-width: 360px;
  padding: 6px 8px;
  border-radius: 4px;
  background: rgba(32, 33, 36, 0.92);
  color: white;
  font-size: 12px;
  line-height: 16px;
  white-space: pre;
}

.swatch {
  display: inline-block;
  width: 10px;
  height: 10px;
  border-radius: 2px;
  margin-right: 4px;
  vertical-align: middle;
}

.mono {
  font-family: 'Roboto Mono', monospace;
}
`;var ue="classification-module";function Xt(o){let t=o.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(o,"shouldDisplayModule")}function Yt(){let o=customElements.get(ue);if(o==null)throw new Error(`lit-ext: LIT's <${ue}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=o;for(;t!=null&&t!==HTMLElement;){if(Xt(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${ue}>; this LIT version is not supported.`)}var pt=Yt(),mt=(()=>{let t=customElements.get(ue)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function pe(o,t){return Object.values(o).some(e=>e.interpreters?.includes(t))}function Re(o){let e=(o instanceof Error?o.message:String(o)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}var C=[mt,x`${$(ut)}`],k=class extends pt{constructor(){super();this.requestSeq=new Map;this.loading=!1,this.error=null}static{this.properties={loading:{state:!0},error:{state:!0}}}get selectedInput(){return this.selectionService.primarySelectedInputData}async request(e,r){let n=(this.requestSeq.get(e)??0)+1;this.requestSeq.set(e,n),this.loading=!0,this.error=null;try{let s=await this.loadLatest(e,r);return this.requestSeq.get(e)===n&&(this.loading=!1),s}catch(s){return this.requestSeq.get(e)===n&&(this.loading=!1,this.error=Re(s),this.setIsLoading(!1)),null}}fail(e){this.loading=!1,this.error=Re(e)}renderStatus(e){return this.error?m`<div class="status error" role="alert">${this.error}</div>`:this.loading?m`<div class="status" role="status"><div class="spinner"></div>Loading…</div>`:e?m`<div class="status hint">${e}</div>`:v}};var ft=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function A(o){return o<ft.length?ft[o]:`hsl(${(o*137.508%360).toFixed(1)}, 65%, 42%)`}function Fe(o){if(o.startsWith("#")){let i=parseInt(o.slice(1),16);return[i>>16&255,i>>8&255,i&255]}let[t,e,r]=(o.match(/[\d.]+/g)??["0","0","0"]).map(Number),n=e/100*Math.min(r/100,1-r/100),s=i=>{let a=(i+t/30)%12;return Math.round(255*(r/100-n*Math.max(-1,Math.min(a-3,9-a,1))))};return[s(0),s(8),s(4)]}function B(o,t){let[e,r,n]=Fe(o);return`rgba(${e}, ${r}, ${n}, ${t.toFixed(3)})`}var Zt=[33,102,172],Jt=[202,72,34];function Z(o,t){let e=t>0?Math.min(1,Math.abs(o)/t):0,[r,n,s]=o>=0?Zt:Jt;return[Math.round(255+(r-255)*e),Math.round(255+(n-255)*e),Math.round(255+(s-255)*e)]}function J([o,t,e]){return`rgb(${o}, ${t}, ${e})`}var q="head-focus",qe=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(q,{detail:{...e}}))}},S=new qe;var vt=`.heads {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px;
  padding: 4px 8px;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

.head-chip {
  min-width: 26px;
  height: 22px;
  padding: 0 4px;
  border: 2px solid var(--head-color);
  border-radius: 4px;
  background: white;
  color: var(--head-color);
  font: 500 12px 'Roboto', sans-serif;
  cursor: pointer;
  user-select: none;
}

.head-chip.on {
  background: var(--head-color);
  color: white;
}

.legend {
  margin-bottom: 4px;
}

.canvas-stack {
  position: relative;
  width: max-content;
}

.canvas-stack canvas {
  display: block;
}

.canvas-stack canvas.labels {
  position: absolute;
  top: 0;
  left: 0;
  cursor: pointer;
}

.line-stats {
  color: var(--lit-neutral-700, #5f6368);
}
`;var E=64,tr=12e3,w=8,rr=150,gt=o=>`${o}px Roboto, sans-serif`;function nr(o){return o<=40?[20,13]:o<=128?[16,12]:[13,10]}function bt(o,t,e){let[r,n]=nr(t.visible.length);o.font=gt(n);let s=20;for(let p of t.visible)s=Math.max(s,o.measureText(t.tokens[p]).width);s=Math.min(rr,Math.ceil(s));let i=Math.min(8,r-6),l=t.numHeads*(i+1)+w+s+w,d=Math.max(80,Math.min(360,e-2*l)),c=Math.max(0,Math.floor((e-d-2*l)/2)),u=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((p,f)=>u[p]=f);let h=6;return{width:Math.max(e,d+2*l),height:h*2+t.visible.length*r,rowHeight:r,fontSize:n,top:h,leftTextRight:c+l-w,rightTextLeft:c+l+d+w,textWidth:s,squareSize:i,rowOf:u}}function Ne(o){return o==="all"?null:[o[0]==="A"?0:1,o[1]==="A"?0:1]}function sr(o,t,e){let r=Ne(o.filter);return r==null||o.segmentIds[t]===r[0]&&o.segmentIds[e]===r[1]}function me(o,t){return o.top+o.rowOf[t]*o.rowHeight+o.rowHeight/2}function yt(o,t){let e=o.tokens.length,{weights:r,visible:n,active:s,threshold:i}=o,a=Ne(o.filter),l=o.segmentIds,d=s?.side==="left"?[s.index]:n,c=s?.side==="right"?[s.index]:n;for(let u of o.heads){let h=u*e*e;for(let p of d){if(a&&l[p]!==a[0])continue;let f=h+p*e;for(let y of c){if(a&&l[y]!==a[1])continue;let g=r[f+y];g>=i&&g>0&&t(u,p,y,Math.min(E,Math.max(1,Math.round(g*E))))}}}}function $t(o,t,e){o.clearRect(0,0,e.width,e.height);let r=new Int32Array(E+1);yt(t,(h,p,f,y)=>r[y]++);let n=1,s=0;for(let h=E;h>=1;h--){if(s>0&&s+r[h]>tr){n=h+1;break}s+=r[h]}let i=0;for(let h=1;h<=E;h++)i+=r[h];let a=e.leftTextRight+w/2,l=e.rightTextLeft-w/2,d=new Float64Array(t.tokens.length);for(let h of t.visible)d[h]=me(e,h);let c=new Map;yt(t,(h,p,f,y)=>{if(y<n)return;let g=h*(E+1)+y,L=c.get(g);L==null&&c.set(g,L=new Path2D),L.moveTo(a,d[p]),L.lineTo(l,d[f])}),o.lineWidth=1;for(let[h,p]of c){let f=Math.floor(h/(E+1)),y=h%(E+1);o.strokeStyle=B(t.headColors[f],y/E),o.stroke(p)}let u=n>1?(n-.5)/E:t.threshold;return{lines:s,overBudget:i-s,cutoff:u}}function or(o,t,e){if(o.measureText(t).width<=e)return t;let r=t.length;for(;r>1&&o.measureText(`${t.slice(0,r)}…`).width>e;)r--;return`${t.slice(0,r)}…`}function ir(o,t,e){o.font=gt(e.fontSize),o.textBaseline="middle";let r=Ne(t.filter);for(let n of["left","right"]){o.textAlign=n==="left"?"right":"left";let s=n==="left"?e.leftTextRight:e.rightTextLeft;for(let i of t.visible){let a=me(e,i),l=t.active?.side===n&&t.active.index===i;if(l){let u=n==="left"?s-e.textWidth-2:s-2;o.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",o.fillRect(u,a-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let d=r?r[n==="left"?0:1]:null,c=d!=null&&t.segmentIds[i]!==d;o.fillStyle=c?"#bdc1c6":l?"#202124":"#3c4043",o.fillText(or(o,t.tokens[i],e.textWidth),s,a)}}}function ar(o,t,e){let r=t.active;if(r==null)return;let n=t.tokens.length,s=e.squareSize,i=r.side==="right";for(let a of t.visible){let[l,d]=i?[a,r.index]:[r.index,a];if(!sr(t,l,d))continue;let c=me(e,a);t.heads.forEach((u,h)=>{let p=t.weights[u*n*n+l*n+d],f=i?e.leftTextRight-e.textWidth-w-(h+1)*(s+1):e.rightTextLeft+e.textWidth+w+h*(s+1);o.fillStyle=B(t.headColors[u],Math.min(1,p)),o.fillRect(f,c-s/2,s,s)})}}function xt(o,t,e){o.clearRect(0,0,e.width,e.height),ir(o,t,e),ar(o,t,e)}function wt(o,t,e,r){let n=Math.floor((r-t.top)/t.rowHeight);if(n<0||n>=o.visible.length)return null;let s=(t.leftTextRight+t.rightTextLeft)/2,i=e<s?"left":"right",a=o.numHeads*(t.squareSize+1)+w;return(i==="left"?e>=t.leftTextRight-t.textWidth-a&&e<=t.leftTextRight+w:e>=t.rightTextLeft-w&&e<=t.rightTextLeft+t.textWidth+a)?{side:i,index:o.visible[n]}:null}function kt(o,t,e){return e<0||e>=o.rowOf.length||o.rowOf[e]<0?null:{x:t==="left"?o.leftTextRight-10:o.rightTextLeft+10,y:me(o,e)}}var lr=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],At=[.01,.02,.05,.1,.2],De=class extends k{constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.sceneKey="";this.drawnWeights=null;this.fullLines=null;this.fullResult=null;this.resizeObserver=null;this.onFocus=e=>{this.applyFocus(e.detail,!0)};this.onMouseMove=e=>{let r=this.tokenAt(e),n=(s,i)=>s?.side===i?.side&&s?.index===i?.index;this.pinned==null&&!n(r,this.hovered)&&(this.hovered=r,this.repaintActive()),this.showTooltip(e,r)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let r=this.tokenAt(e),n=r&&this.pinned&&r.side===this.pinned.side&&r.index===this.pinned.index;this.pinned=r==null||n?null:r,this.hovered=r};this.data=null,this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=At[0],this.pinned=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.template=(e,r,n)=>m`
      <head-view-module model=${e} .shouldReact=${n}
        selectionServiceIndex=${r}></head-view-module>`}static shouldDisplayModule(e){return he(e)}static{this.styles=[...C,x`${$(vt)}`]}static{this.properties={data:{state:!0},layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectedInput,this.model],()=>{this.pinned=null,this.fetchLayer()}),S.addEventListener(q,this.onFocus),S.focus?.model===this.model&&this.applyFocus(S.focus,!1)}disconnectedCallback(){super.disconnectedCallback(),S.removeEventListener(q,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e,r){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.fetchLayer()),r&&this.scrollIntoView({block:"nearest"}))}async fetchLayer(){let e=this.selectedInput;if(e==null){this.data=null;return}let r=F(this.appState.currentModelInfos[this.model]);if(r==null){this.fail(`Model '${this.model}' returns no attention.`);return}performance.mark("lit-ext:head-view:request");let n=await this.request("attention",V(this.apiService,this.appState.currentDataset,this.model,r,e,[this.layer]));if(n==null)return;if(performance.mark("lit-ext:head-view:data",{detail:{tokens:n.tokens.length}}),n.allLayers&&!n.allLayers.includes(this.layer)&&(this.layer=n.allLayers[0],!n.layers.has(this.layer))){this.fetchLayer();return}let s=this.data!=null&&this.data.numHeads!==n.numHeads,i=this.data==null&&this.selectedHeads.length===0;(s||i||this.selectedHeads.some(a=>a>=n.numHeads))&&(this.selectedHeads=Array.from({length:n.numHeads},(a,l)=>l)),this.data=n,this.requestUpdate()}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.fetchLayer()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(r=>r!==e):[...this.selectedHeads,e].sort((r,n)=>r-n)}soloHead(e){let r=this.data?.numHeads??0,n=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=n?Array.from({length:r},(s,i)=>i):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,r=e?.allLayers??[...e?.layers.keys()??[]],n=l=>this.setLayer(Number(l.target.value)),s=l=>{this.filter=l.target.value},i=l=>{this.threshold=Number(l.target.value)},a=l=>{this.hideSpecial=l.target.checked,this.pinned=null};return m`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${n} ?disabled=${!r.length}>
            ${r.map(l=>m`<option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        ${this.isPair?m`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${s}>
              ${lr.map(([l,d])=>m`
                <option value=${l} ?selected=${l===this.filter}>${d}</option>`)}
            </select>
          </label>`:v}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${i}>
            ${At.map(l=>m`
              <option value=${l} ?selected=${l===this.threshold}>${l}</option>`)}
          </select>
        </label>
        <label><input type="checkbox" class="hide-special" .checked=${this.hideSpecial}
            @change=${a}>Hide [CLS]/[SEP]</label>
      </div>
      ${e?this.renderHeads(e.numHeads):v}`}renderHeads(e){let r=()=>{this.selectedHeads=Array.from({length:e},(n,s)=>s)};return m`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(n,s)=>{let i=this.selectedHeads.includes(s),a=A(s);return m`
            <button class="head-chip ${i?"on":""}" data-head=${s}
                style="--head-color: ${a}" aria-pressed=${i}
                title="Head ${s}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(s)} @dblclick=${()=>this.soloHead(s)}>
              ${s}
            </button>`})}
        <button class="hairline-button" @click=${r}>All</button>
        <button class="hairline-button" @click=${()=>this.selectedHeads=[]}>None</button>
      </div>`}renderImpl(){let e=this.selectedInput==null?"Select an example to see its attention.":null;return m`
      <div class="module-container">
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(this.data?null:e)}
          ${this.data?m`<div class="hint legend">${this.legendText()}
            <span class="line-stats"></span></div>`:v}
          <div class="canvas-stack" ?hidden=${this.data==null||this.error!=null}>
            <canvas class="lines"></canvas>
            <canvas class="labels" @mousemove=${this.onMouseMove}
                @mouseleave=${this.onMouseLeave} @click=${this.onCanvasClick}></canvas>
          </div>
          <div class="tooltip" hidden></div>
        </div>
      </div>`}legendText(){return`Left: attending tokens; right: attended tokens. ${this.pinned?"Click the pinned token again (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it."}`}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let r=Math.floor(e.clientWidth-16);r>0&&r!==this.canvasWidth&&(this.canvasWidth=r,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.dataset.state=this.error?"error":this.loading?"loading":this.data?"ready":"empty",this.observeWidth(),this.redraw()}buildScene(){let e=this.data,r=e?.layers.get(this.layer);if(e==null||r==null)return null;let n=e.tokens.map((s,i)=>i).filter(s=>!this.hideSpecial||!le(e.tokens[s]));return{tokens:e.tokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:r,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(s,i)=>A(i)),visible:n,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null}}canvases(){let e=this.renderRoot.querySelector("canvas.lines"),r=this.renderRoot.querySelector("canvas.labels");return e&&r?[e,r]:null}redraw(){let e=this.buildScene();this.scene=e;let r=this.canvases();if(e==null||r==null||this.canvasWidth<=0)return;let[n,s]=r,i=[this.layer,e.heads.join(","),e.filter,e.threshold,e.visible.length,this.canvasWidth].join("|");if(i!==this.sceneKey||e.weights!==this.drawnWeights||this.geometry==null){this.sceneKey=i,this.drawnWeights=e.weights,this.fullLines=null,this.fullResult=null;let a=bt(s.getContext("2d"),e,this.canvasWidth);this.geometry=a;let l=window.devicePixelRatio||1;for(let d of[n,s])d.style.width=`${a.width}px`,d.style.height=`${a.height}px`;n.width=a.width,n.height=a.height,s.width=Math.round(a.width*l),s.height=Math.round(a.height*l),s.getContext("2d").setTransform(l,0,0,l,0,0)}this.paint()}paint(){let e=this.canvases(),r=this.scene,n=this.geometry;if(e==null||r==null||n==null)return;let[s,i]=e,a=s.getContext("2d"),l;if(r.active==null&&this.fullLines&&this.fullResult)a.clearRect(0,0,n.width,n.height),a.drawImage(this.fullLines,0,0),l=this.fullResult;else{if(r.active!=null&&this.fullLines==null&&this.fullResult!=null){let c=document.createElement("canvas");c.width=s.width,c.height=s.height,c.getContext("2d").drawImage(s,0,0),this.fullLines=c}l=$t(a,r,n),r.active==null&&(this.fullResult=l)}xt(i.getContext("2d"),r,n),this.describeLines(l);let d=r.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:d,lines:l.lines}})})}describeLines(e){Object.assign(this.dataset,{source:this.data?.source??"",layer:String(this.layer),filter:this.scene?.filter??"",heads:this.scene?.heads.join(",")??"",tokens:String(this.scene?.tokens.length??0),lines:String(e.lines),hiddenLines:String(e.overBudget),active:this.scene?.active?`${this.scene.active.side}:${this.scene.active.index}`:""});let r=this.renderRoot.querySelector(".line-stats");if(r==null)return;let n=e.lines.toLocaleString("en-US");r.textContent=e.overBudget>0?`${n} strongest lines drawn (weights ≥ ${e.cutoff.toFixed(3)}); ${e.overBudget.toLocaleString("en-US")} weaker ones hidden to stay fast.`:`${n} lines (weights ≥ ${e.cutoff}).`}repaintActive(){this.scene!=null&&(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint())}tokenPosition(e,r){return this.geometry?kt(this.geometry,e,r):null}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let r=e.target.getBoundingClientRect();return wt(this.scene,this.geometry,e.clientX-r.left,e.clientY-r.top)}showTooltip(e,r){let n=this.renderRoot.querySelector(".tooltip");if(n==null)return;let s=e&&r?this.tooltipText(r):"";n.hidden=!s,!(!s||!e)&&(n.textContent=s,n.style.left=`${e.clientX+14}px`,n.style.top=`${e.clientY+10}px`)}tooltipText(e){let r=this.scene;if(r==null)return"";let n=c=>`${r.tokens[c]} (#${c})`,s=this.pinned??this.hovered,i=r.tokens.length;if(s==null||s.side===e.side){let c=e.side==="left"?"attends from":"is attended by";return`${n(e.index)}
layer ${this.layer}: ${c} the lines shown`+(this.pinned?"":`
click to pin`)}let[a,l]=s.side==="left"?[s.index,e.index]:[e.index,s.index],d=r.heads.map(c=>{let u=r.weights[c*i*i+a*i+l];return`  head ${String(c).padStart(2)}: ${u.toFixed(4)}`});return`${n(a)} → ${n(l)}, layer ${this.layer}
${d.join(`
`)}`}};customElements.define("head-view-module",De);var St=`.grid {
  display: grid;
  grid-template-columns: 28px repeat(var(--heads), var(--thumb));
  gap: 4px;
  align-items: center;
  width: max-content;
}

.col-label,
.row-label {
  color: var(--lit-neutral-600, #80868b);
  font-size: 11px;
  text-align: center;
}

.thumb {
  width: var(--thumb);
  height: var(--thumb);
  box-sizing: border-box;
  border: 1px solid var(--lit-neutral-300, #dadce0);
  cursor: pointer;
  image-rendering: pixelated;
}

.thumb:hover {
  border-color: var(--lit-neutral-700, #5f6368);
}

.thumb.selected {
  outline: 3px solid var(--lit-cyea-500, #348199);
  outline-offset: 1px;
}
`;var Et=[48,72,104];function cr(o,t,e,r,n){let[s,i,a]=Fe(n),l=Math.min(r,o.width),d=new Float32Array(l*l),c=e*r*r;for(let f=0;f<r;f++){let y=Math.floor(f*l/r)*l;for(let g=0;g<r;g++){let L=y+Math.floor(g*l/r),Be=t[c+f*r+g];Be>d[L]&&(d[L]=Be)}}let u=new ImageData(l,l);for(let f=0;f<l*l;f++){let y=Math.sqrt(Math.min(1,d[f]));u.data[4*f]=Math.round(255+(s-255)*y),u.data[4*f+1]=Math.round(255+(i-255)*y),u.data[4*f+2]=Math.round(255+(a-255)*y),u.data[4*f+3]=255}let h=document.createElement("canvas");h.width=l,h.height=l,h.getContext("2d").putImageData(u,0,0);let p=o.getContext("2d");p.imageSmoothingEnabled=!1,p.clearRect(0,0,o.width,o.height),p.drawImage(h,0,0,o.width,o.height)}var Oe=class extends k{constructor(){super();this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.data=null,this.size=Et[1],this.selected=null}static{this.title="Attention: Model View"}static{this.infoMarkdown="Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view."}static{this.numCols=6}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.template=(e,r,n)=>m`
      <model-view-module model=${e} .shouldReact=${n}
        selectionServiceIndex=${r}></model-view-module>`}static shouldDisplayModule(e){return he(e)}static{this.styles=[...C,x`${$(St)}`]}static{this.properties={data:{state:!0},size:{state:!0},selected:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectedInput,this.model],()=>this.fetch())}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame)}async fetch(){let e=this.selectedInput;if(e==null){this.data=null;return}let r=F(this.appState.currentModelInfos[this.model]);if(r==null){this.fail(`Model '${this.model}' returns no attention.`);return}let n=await this.request("attention",V(this.apiService,this.appState.currentDataset,this.model,r,e,null));n!=null&&(this.data=n)}open(e,r){this.selected=[e,r],S.focusHead({model:this.model,layer:e,head:r})}renderImpl(){let e=this.data,r=this.selectedInput==null?"Select an example to see its attention.":null;return m`
      <div class="module-container">
        <div class="toolbar">
          <label>Size
            <select class="dropdown size-select" @change=${s=>{this.size=Number(s.target.value)}}>
              ${Et.map(s=>m`<option value=${s} ?selected=${s===this.size}>${s}px</option>`)}
            </select>
          </label>
          <span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>
        </div>
        <div class="body">
          ${this.renderStatus(e?null:r)}
          ${e&&!this.error?this.renderGrid(e):v}
        </div>
      </div>`}renderGrid(e){let r=[...e.layers.keys()].sort((s,i)=>s-i),n=Array.from({length:e.numHeads},(s,i)=>i);return m`
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${n.map(s=>m`<div class="col-label">H${s}</div>`)}
        ${r.map(s=>m`
          <div class="row-label">L${s}</div>
          ${n.map(i=>{let a=this.selected?.[0]===s&&this.selected?.[1]===i;return m`
              <canvas class="thumb ${a?"selected":""}" width=${this.size}
                  height=${this.size} data-layer=${s} data-head=${i}
                  title="Layer ${s}, head ${i}: click to open in the head view"
                  @click=${()=>this.open(s,i)}></canvas>`})}`)}
      </div>`}updated(e){super.updated(e),this.dataset.state=this.error?"error":this.loading?"loading":this.data?"ready":"empty",this.dataset.selected=this.selected?this.selected.join(":"):"",this.dataset.source=this.data?.source??"",(e.has("data")||e.has("size"))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(r=>{for(let n of r){let s=n.target;n.isIntersecting&&!this.drawn.has(s)&&this.pending.add(s)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(r=>this.observer.observe(r)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let r=e.tokens.length,n=performance.now();for(let s of this.pending){if(this.pending.delete(s),!s.isConnected)continue;let i=Number(s.dataset.layer),a=Number(s.dataset.head),l=e.layers.get(i);if(l!=null&&(cr(s,l,a,r,A(a)),this.drawn.add(s),performance.now()-n>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};customElements.define("model-view-module",Oe);var _t=new Map;async function fe(o,t,e,r,n){let s=_t.get(e);if(s)return s;let i=F(r);if(i==null)throw new Error(`Model '${e}' has no 'attention' interpreter or AttentionHeads outputs, so its layers and heads are unknown.`);let a=await V(o,t,e,i,n,[0]),d={layers:a.allLayers??[...a.layers.keys()].sort((c,u)=>c-u),numHeads:a.numHeads};return _t.set(e,d),d}var Mt=`.query-chips {
  display: flex;
  flex-wrap: wrap;
  gap: 3px;
  margin-bottom: 6px;
}

.chip {
  padding: 1px 5px;
  border: 1px solid var(--lit-neutral-300, #dadce0);
  border-radius: 3px;
  background: white;
  font: 12px 'Roboto Mono', monospace;
  color: var(--lit-neutral-800, #3c4043);
  cursor: pointer;
}

.chip:hover {
  border-color: var(--lit-neutral-600, #80868b);
}

.chip.selected {
  border-color: var(--lit-cyea-600, #1f6180);
  background: var(--lit-cyea-100, #cdf2fa);
  font-weight: 500;
}

.summary {
  margin: 4px 0 6px;
}

.check.ok {
  color: var(--lit-cyea-700, #114566);
}

.check.bad {
  color: var(--google-red-700, #c5221f);
}

table.neurons {
  border-collapse: collapse;
}

table.neurons th {
  position: sticky;
  top: 0;
  background: white;
  font-weight: 500;
  text-align: left;
  color: var(--lit-neutral-700, #5f6368);
  padding: 2px 6px;
}

table.neurons td {
  padding: 1px 6px;
  height: 16px;
  white-space: nowrap;
}

table.neurons .query-row td {
  border-bottom: 1px solid var(--lit-neutral-300, #dadce0);
  padding-bottom: 4px;
}

table.neurons tr.is-query td.token-col {
  font-weight: 700;
  color: var(--lit-cyea-700, #114566);
}

.token-col {
  max-width: 140px;
  overflow: hidden;
  text-overflow: ellipsis;
  text-align: right;
}

.num {
  text-align: right;
  font-variant-numeric: tabular-nums;
}

canvas.vec {
  display: block;
  height: 12px;
  outline: 1px solid var(--lit-neutral-200, #e8eaed);
}

.bar {
  display: inline-block;
  height: 8px;
  margin-right: 4px;
  vertical-align: middle;
  background: var(--lit-cyea-400, #52a6b3);
}
`;var ye=6;function ur(o,t){let e=o.tokens.length,r=o.headDim,n=o.query.subarray(t*r,(t+1)*r),s=1/Math.sqrt(r),i=[],a=new Float32Array(e);for(let p=0;p<e;p++){let f=new Float32Array(r),y=0;for(let g=0;g<r;g++)f[g]=n[g]*o.key[p*r+g],y+=f[g];i.push(f),a[p]=y*s}let l=Math.max(...a),d=a.map(p=>Math.exp(p-l)),c=d.reduce((p,f)=>p+f,0),u=d.map(p=>p/c),h=0;for(let p=0;p<e;p++)h=Math.max(h,Math.abs(u[p]-o.attention[t*e+p]));return{query:n,products:i,scores:a,softmax:u,maxDiff:h}}function ve(o){let t=0;for(let e=0;e<o.length;e++)t=Math.max(t,Math.abs(o[e]));return t}function Ue(o,t,e){let r=o.getContext("2d");for(let n=0;n<t.length;n++)r.fillStyle=J(Z(t[n],e)),r.fillRect(n*ye,0,ye,o.height)}var ze=class extends k{constructor(){super();this.rows=null;this.onFocus=e=>{let r=e.detail;r.model===this.model&&(this.layer=r.layer,this.head=r.head,this.fetch())};this.onMouseMove=e=>{let r=e.composedPath()[0],n=this.data,s=this.rows;if(!(r instanceof HTMLCanvasElement)||!r.classList.contains("vec")||n==null||s==null){this.hideTooltip();return}let i=n.headDim,a=Math.min(i-1,Math.max(0,Math.floor(e.offsetX/ye))),l=r.dataset.kind,d=Number(r.dataset.row),c=s.query[a],u=`query ${n.tokens[this.queryIndex]}, dim ${a}
q = ${c.toFixed(4)}`;if(l!=="query"){let p=n.key[d*i+a];u=`key ${n.tokens[d]} (#${d}), dim ${a}
q = ${c.toFixed(4)}
k = ${p.toFixed(4)}
q∘k = ${(c*p).toFixed(4)}`}let h=this.renderRoot.querySelector(".tooltip");h.textContent=u,h.hidden=!1,h.style.left=`${e.clientX+14}px`,h.style.top=`${e.clientY+10}px`};this.hideTooltip=()=>{let e=this.renderRoot.querySelector(".tooltip");e&&(e.hidden=!0)};this.data=null,this.shape=null,this.layer=0,this.head=0,this.queryIndex=-1}static{this.title="Neurons: Query × Key"}static{this.infoMarkdown="For one layer, head and query token: every key vector, q∘k, the score q·k/√d and its softmax (the attention). Blue = positive, orange = negative."}static{this.numCols=12}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.template=(e,r,n)=>m`
      <neuron-view-module model=${e} .shouldReact=${n}
        selectionServiceIndex=${r}></neuron-view-module>`}static shouldDisplayModule(e){return pe(e,ie)}static{this.styles=[...C,x`${$(Mt)}`]}static{this.properties={data:{state:!0},shape:{state:!0},layer:{state:!0},head:{state:!0},queryIndex:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectedInput,this.model],()=>{this.queryIndex=-1,this.fetch()}),S.addEventListener(q,this.onFocus)}disconnectedCallback(){super.disconnectedCallback(),S.removeEventListener(q,this.onFocus)}async fetch(){let e=this.selectedInput;if(e==null){this.data=null;return}let r=this.apiService,n=this.appState.currentDataset,s=this.appState.currentModelInfos[this.model],i=(async()=>{let d=await fe(r,n,this.model,s,e),c=d.layers.includes(this.layer)?this.layer:d.layers[0],u=this.head<d.numHeads?this.head:0,[h]=await r.getInterpretations([e],this.model,n,ie,{layer:c,head:u},"Fetching query/key vectors",!0);return{shape:d,payload:ct(h)}})(),a=await this.request("neurons",i);if(a==null)return;this.shape=a.shape,this.data=a.payload,this.layer=a.payload.layer,this.head=a.payload.head;let l=a.payload.tokens.length;if(this.queryIndex<0||this.queryIndex>=l){let d=a.payload.tokens.findIndex(c=>!le(c));this.queryIndex=Math.max(0,d)}}setLayerHead(e,r){this.layer=e,this.head=r,this.fetch()}renderControls(){let e=this.shape,r=this.data?.tokens??[],n=a=>this.setLayerHead(Number(a.target.value),this.head),s=a=>this.setLayerHead(this.layer,Number(a.target.value)),i=a=>{this.queryIndex=Number(a.target.value)};return m`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${n} ?disabled=${!e}>
            ${(e?.layers??[]).map(a=>m`
              <option value=${a} ?selected=${a===this.layer}>${a}</option>`)}
          </select>
        </label>
        <label>Head
          <select class="dropdown head-select" @change=${s} ?disabled=${!e}>
            ${Array.from({length:e?.numHeads??0},(a,l)=>m`
              <option value=${l} ?selected=${l===this.head}>${l}</option>`)}
          </select>
        </label>
        <label>Query token
          <select class="dropdown query-select" @change=${i} ?disabled=${!r.length}>
            ${r.map((a,l)=>m`
              <option value=${l} ?selected=${l===this.queryIndex}>${l}: ${a}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${J(Z(1,1))}"></span>positive
          <span class="swatch" style="background: ${J(Z(-1,1))}"></span>negative
        </span>
      </div>`}renderQueryChips(e){return m`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${e.tokens.map((r,n)=>m`
          <button class="chip ${n===this.queryIndex?"selected":""}" data-index=${n}
              role="option" aria-selected=${n===this.queryIndex}
              @click=${()=>this.queryIndex=n}>${r}</button>`)}
      </div>`}renderTable(e,r){let n=e.headDim,s=n*ye,i=ve(r.scores)||1,a=e.tokens[this.queryIndex],l=r.maxDiff<.001?m`<span class="check ok">softmax(q·k/√d) equals the model's attention (max |Δ| ${r.maxDiff.toExponential(1)})</span>`:m`<span class="check bad">softmax(q·k/√d) differs from the model's attention by up to ${r.maxDiff.toFixed(4)}</span>`;return m`
      <div class="summary">
        Layer ${e.layer}, head ${e.head}, d = ${n}; query
        <b class="mono">${a}</b> (#${this.queryIndex}). ${l}
      </div>
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num">q·k/√d</th>
            <th class="num">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td><canvas class="vec" data-kind="query" width=${s} height="12"
                style="width: ${s}px"></canvas></td>
            <td colspan="3"></td>
          </tr>
        </thead>
        <tbody>
          ${e.tokens.map((d,c)=>{let u=r.scores[c],h=r.softmax[c];return m`
              <tr class=${c===this.queryIndex?"is-query":""}>
                <td class="token-col mono" title="#${c}">${d}</td>
                <td><canvas class="vec" data-kind="key" data-row=${c} width=${s}
                    height="12" style="width: ${s}px"></canvas></td>
                <td><canvas class="vec" data-kind="product" data-row=${c} width=${s}
                    height="12" style="width: ${s}px"></canvas></td>
                <td class="num" title=${u.toFixed(6)}>
                  <span class="bar signed" style="width: ${28*Math.abs(u)/i}px; background: ${J(Z(u,i))}"></span>${u.toFixed(2)}</td>
                <td class="num" title=${`softmax ${h.toFixed(6)}; model attention ${e.attention[this.queryIndex*e.tokens.length+c].toFixed(6)}`}>
                  <span class="bar" style="width: ${40*h}px"></span>${h.toFixed(3)}</td>
              </tr>`})}
        </tbody>
      </table>`}renderImpl(){let e=this.data,r=e!=null&&this.queryIndex>=0&&this.queryIndex<e.tokens.length;this.rows=r?ur(e,this.queryIndex):null;let n=this.selectedInput==null?"Select an example to see its query and key vectors.":null;return m`
      <div class="module-container">
        ${this.renderControls()}
        <div class="body" @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
          ${this.renderStatus(e?null:n)}
          ${e&&this.rows&&!this.error?m`${this.renderQueryChips(e)}${this.renderTable(e,this.rows)}`:v}
          <div class="tooltip" hidden></div>
        </div>
      </div>`}updated(e){super.updated(e);let r=this.data,n=this.rows;if(this.dataset.state=this.error?"error":this.loading?"loading":r?"ready":"empty",r==null||n==null)return;let s=Math.max(ve(r.key),ve(n.query)),i=Math.max(...n.products.map(ve))||1;for(let a of this.renderRoot.querySelectorAll("canvas.vec")){let l=a.dataset.kind,d=Number(a.dataset.row),c=r.headDim;l==="query"&&Ue(a,n.query,s),l==="key"&&Ue(a,r.key.subarray(d*c,(d+1)*c),s),l==="product"&&Ue(a,n.products[d],i)}Object.assign(this.dataset,{layer:String(r.layer),head:String(r.head),query:String(this.queryIndex),queryToken:r.tokens[this.queryIndex],rows:String(r.tokens.length),headDim:String(r.headDim),maxDiff:n.maxDiff.toExponential(2)})}};customElements.define("neuron-view-module",ze);var Ct=`.factor-picker {
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
  margin-bottom: 8px;
}

.factor-chip {
  min-width: 30px;
  height: 22px;
  padding: 0 6px;
  border: 2px solid var(--factor-color, var(--lit-neutral-500, #9aa0a6));
  border-radius: 4px;
  background: white;
  color: var(--factor-color, var(--lit-neutral-700, #5f6368));
  font: 500 12px 'Roboto', sans-serif;
  cursor: pointer;
}

.factor-chip.on {
  background: var(--factor-color, var(--lit-neutral-600, #80868b));
  color: white;
}

.sentence {
  display: flex;
  flex-wrap: wrap;
  gap: 3px 2px;
  margin-bottom: 10px;
  line-height: 22px;
}

.token {
  padding: 0 3px;
  border-radius: 3px;
  font-size: 14px;
}

.token.excluded {
  color: var(--lit-neutral-500, #9aa0a6);
  outline: 1px dashed var(--lit-neutral-300, #dadce0);
}

.heatmap {
  display: grid;
  grid-template-columns: 32px repeat(var(--tokens), 16px);
  grid-template-rows: 72px;
  grid-auto-rows: 16px;
  gap: 1px;
  width: max-content;
  margin-bottom: 12px;
}

.heatmap .col-label {
  writing-mode: vertical-rl;
  transform: rotate(180deg);
  font-size: 11px;
  line-height: 16px;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  color: var(--lit-neutral-700, #5f6368);
}

.heatmap .col-label.excluded {
  color: var(--lit-neutral-400, #bdc1c6);
}

.heatmap .row-label {
  font-size: 11px;
  line-height: 16px;
  cursor: pointer;
  color: var(--lit-neutral-700, #5f6368);
}

.heatmap .row-label.on {
  font-weight: 700;
  color: var(--lit-neutral-900, #202124);
}

.heatmap .cell {
  outline: 1px solid var(--lit-neutral-100, #f1f3f4);
}

.cards {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
}

.card {
  width: 170px;
  padding: 6px 8px;
  border: 1px solid var(--lit-neutral-300, #dadce0);
  border-top: 4px solid var(--factor-color);
  border-radius: 4px;
}

.card.on {
  box-shadow: 0 0 0 2px var(--factor-color);
}

.card-title {
  font-weight: 500;
  margin-bottom: 4px;
}

.card-title .swatch {
  background: var(--factor-color);
}

.card-section {
  font-size: 11px;
  color: var(--lit-neutral-600, #80868b);
  margin-top: 4px;
}

.shares {
  display: flex;
  align-items: flex-end;
  gap: 2px;
  height: 38px;
}

.share {
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: flex-end;
  width: 14px;
}

.share-bar {
  width: 10px;
  background: var(--factor-color);
}

.share-label {
  font-size: 10px;
  color: var(--lit-neutral-600, #80868b);
}

ol.neurons {
  margin: 2px 0 0;
  padding-left: 22px;
  font-size: 11px;
  line-height: 15px;
}

ol.neurons .loading {
  float: right;
  color: var(--lit-neutral-600, #80868b);
}
`;var mr=Array.from({length:16},(o,t)=>t+1);function fr(o){let t=o.tokens.length;return Array.from({length:o.k},(e,r)=>{let n=0;for(let s=0;s<t;s++)n=Math.max(n,o.factors[r*t+s]);return n})}var Ve=class extends k{static{this.title="NMF: Neuron Factors"}static{this.infoMarkdown="Non-negative matrix factorisation of the FFN neuron activations (Ecco's method): k factors of neurons that fire together, how strongly each token activates them, and which neurons and layers make up each factor."}static{this.numCols=12}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.template=(t,e,r)=>m`
      <nmf-module model=${t} .shouldReact=${r}
        selectionServiceIndex=${e}></nmf-module>`}static shouldDisplayModule(t){return pe(t,ae)}static{this.styles=[...C,x`${$(Ct)}`]}static{this.properties={data:{state:!0},shape:{state:!0},k:{state:!0},fromLayer:{state:!0},toLayer:{state:!0},excludeSpecial:{state:!0},factor:{state:!0}}}constructor(){super(),this.data=null,this.shape=null,this.k=8,this.fromLayer=0,this.toLayer=-1,this.excludeSpecial=!0,this.factor=null}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectedInput,this.model],()=>this.fetch())}async fetch(){let t=this.selectedInput;if(t==null){this.data=null;return}let e=this.apiService,r=this.appState.currentDataset,n=this.appState.currentModelInfos[this.model],s=this.model,i=(async()=>{let l=await fe(e,r,s,n,t);this.model===s&&(this.shape=l);let d=l.layers[l.layers.length-1],c=this.toLayer<0||this.toLayer>d?d:this.toLayer,u=Math.min(this.fromLayer,c),h={n_components:this.k,from_layer:u,to_layer:c+1,exclude_special_tokens:this.excludeSpecial},[p]=await e.getInterpretations([t],s,r,ae,h,"Factorising neuron activations",!0);return{shape:l,from:u,to:c,payload:ht(p)}})(),a=await this.request("nmf",i);a!=null&&(this.shape=a.shape,this.fromLayer=a.from,this.toLayer=a.to,this.data=a.payload,this.factor!=null&&this.factor>=a.payload.k&&(this.factor=null))}renderControls(){let t=this.shape?.layers??[],e=t.length?t[t.length-1]:-1,r=this.toLayer<0||this.toLayer>e?e:this.toLayer,n=i=>Number(i.target.value),s=i=>{i(),this.fetch()};return m`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${i=>s(()=>this.k=n(i))}>
            ${mr.map(i=>m`<option value=${i} ?selected=${i===this.k}>${i}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!t.length}
              @change=${i=>s(()=>{this.fromLayer=n(i),this.toLayer=Math.max(r,this.fromLayer)})}>
            ${t.map(i=>m`<option value=${i} ?selected=${i===this.fromLayer}>${i}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!t.length}
              @change=${i=>s(()=>{this.toLayer=n(i),this.fromLayer=Math.min(this.fromLayer,this.toLayer)})}>
            ${t.map(i=>m`<option value=${i} ?selected=${i===r}>${i}</option>`)}
          </select>
        </label>
        <label><input type="checkbox" class="special-toggle" .checked=${this.excludeSpecial}
            @change=${i=>s(()=>{this.excludeSpecial=i.target.checked})}>Leave out [CLS]/[SEP]</label>
        ${this.data?m`<span class="hint">Reconstruction error ${(this.data.reconstructionError*100).toFixed(1)}%</span>`:v}
      </div>`}renderFactorPicker(t){let e=r=>()=>{this.factor=this.factor===r?null:r};return m`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor==null?"on":""}" @click=${e(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length:t.k},(r,n)=>m`
          <button class="factor-chip ${this.factor===n?"on":""}" data-factor=${n}
              style="--factor-color: ${A(n)}" @click=${e(n)}
              title="Tint tokens by factor ${n} alone">F${n}</button>`)}
      </div>`}renderSentence(t,e){let r=t.tokens.length;return m`
      <div class="sentence">
        ${t.tokens.map((n,s)=>{if(!t.tokenMask[s])return m`<span class="token excluded" title="not factorised">${n}</span>`;let i=this.factor;if(i==null){i=0;for(let d=1;d<t.k;d++)t.factors[d*r+s]>t.factors[i*r+s]&&(i=d)}let a=t.factors[i*r+s],l=e[i]>0?Math.max(.08,a/e[i]):0;return m`<span class="token" data-factor=${i}
              style="background: ${B(A(i),l*.85)}"
              title="factor ${i}: ${a.toFixed(4)}">${n}</span>`})}
      </div>`}renderHeatmap(t,e){let r=t.tokens.length,n=Array.from({length:t.k},(s,i)=>i);return m`
      <div class="heatmap" style="--tokens: ${r}">
        <div></div>
        ${t.tokens.map((s,i)=>m`
          <div class="col-label ${t.tokenMask[i]?"":"excluded"}" title="#${i}">${s}</div>`)}
        ${n.map(s=>m`
          <div class="row-label ${this.factor===s?"on":""}"
              @click=${()=>this.factor=this.factor===s?null:s}>F${s}</div>
          ${t.tokens.map((i,a)=>{let l=t.factors[s*r+a],d=e[s]>0?l/e[s]:0;return m`<div class="cell" title="factor ${s}, ${i} (#${a}): ${l.toFixed(4)}"
                style="background: ${B(A(s),d)}"></div>`})}`)}
      </div>`}renderFactorCards(t){return m`
      <div class="cards">
        ${t.topNeurons.map((e,r)=>{let n=t.layerShare[r],s=Math.max(...n,1e-9);return m`
            <div class="card ${this.factor===r?"on":""}" data-factor=${r}
                style="--factor-color: ${A(r)}">
              <div class="card-title"><span class="swatch"></span>Factor ${r}</div>
              <div class="card-section">Layer share</div>
              <div class="shares">
                ${t.layers.map((i,a)=>m`
                  <div class="share" title="layer ${i}: ${(n[a]*100).toFixed(1)}%">
                    <div class="share-bar" style="height: ${24*n[a]/s}px"></div>
                    <div class="share-label">${i}</div>
                  </div>`)}
              </div>
              <div class="card-section">Top neurons (layer·unit, loading)</div>
              <ol class="neurons mono">
                ${e.map(i=>m`
                  <li>L${i.layer}·${i.index}<span class="loading">${i.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`})}
      </div>`}renderImpl(){let t=this.data,e=this.selectedInput==null?"Select an example to factorise its neurons.":null,r=t?fr(t):[];return m`
      <div class="module-container">
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(t?null:e)}
          ${t&&!this.error?m`
            ${this.renderFactorPicker(t)}
            ${this.renderSentence(t,r)}
            ${this.renderHeatmap(t,r)}
            ${this.renderFactorCards(t)}`:v}
        </div>
      </div>`}updated(t){super.updated(t);let e=this.data;this.dataset.state=this.error?"error":this.loading?"loading":e?"ready":"empty",e!=null&&Object.assign(this.dataset,{k:String(e.k),tokens:String(e.tokens.length),layers:`${e.layers[0]}-${e.layers[e.layers.length-1]}`,factor:this.factor==null?"":String(this.factor)})}};customElements.define("nmf-module",Ve);
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
