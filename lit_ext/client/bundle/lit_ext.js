var ne=window,se=ne.ShadowRoot&&(ne.ShadyCSS===void 0||ne.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,$e=Symbol(),Ye=new WeakMap,K=class{constructor(t,e,r){if(this._$cssResult$=!0,r!==$e)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(se&&t===void 0){let r=e!==void 0&&e.length===1;r&&(t=Ye.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),r&&Ye.set(e,t))}return t}toString(){return this.cssText}},Q=s=>new K(typeof s=="string"?s:s+"",void 0,$e),oe=(s,...t)=>{let e=s.length===1?s[0]:t.reduce(((r,n,o)=>r+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+s[o+1]),s[0]);return new K(e,s,$e)},xe=(s,t)=>{se?s.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let r=document.createElement("style"),n=ne.litNonce;n!==void 0&&r.setAttribute("nonce",n),r.textContent=e.cssText,s.appendChild(r)}))},ie=se?s=>s:s=>s instanceof CSSStyleSheet?(t=>{let e="";for(let r of t.cssRules)e+=r.cssText;return Q(e)})(s):s;var we,ae=window,Ze=ae.trustedTypes,Gt=Ze?Ze.emptyScript:"",Je=ae.reactiveElementPolyfillSupport,Ae={toAttribute(s,t){switch(t){case Boolean:s=s?Gt:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,t){let e=s;switch(t){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},et=(s,t)=>t!==s&&(t==t||s==s),ke={attribute:!0,type:String,converter:Ae,reflect:!1,hasChanged:et},Se="finalized",E=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,r)=>{let n=this._$Ep(r,e);n!==void 0&&(this._$Ev.set(n,r),t.push(n))})),t}static createProperty(t,e=ke){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let r=typeof t=="symbol"?Symbol():"__"+t,n=this.getPropertyDescriptor(t,r,e);n!==void 0&&Object.defineProperty(this.prototype,t,n)}}static getPropertyDescriptor(t,e,r){return{get(){return this[e]},set(n){let o=this[t];this[e]=n,this.requestUpdate(t,o,r)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||ke}static finalize(){if(this.hasOwnProperty(Se))return!1;this[Se]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,r=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let n of r)this.createProperty(n,e[n])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let r=new Set(t.flat(1/0).reverse());for(let n of r)e.unshift(ie(n))}else t!==void 0&&e.push(ie(t));return e}static _$Ep(t,e){let r=e.attribute;return r===!1?void 0:typeof r=="string"?r:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,r;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((r=t.hostConnected)===null||r===void 0||r.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return xe(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostConnected)===null||r===void 0?void 0:r.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostDisconnected)===null||r===void 0?void 0:r.call(e)}))}attributeChangedCallback(t,e,r){this._$AK(t,r)}_$EO(t,e,r=ke){var n;let o=this.constructor._$Ep(t,r);if(o!==void 0&&r.reflect===!0){let i=(((n=r.converter)===null||n===void 0?void 0:n.toAttribute)!==void 0?r.converter:Ae).toAttribute(e,r.type);this._$El=t,i==null?this.removeAttribute(o):this.setAttribute(o,i),this._$El=null}}_$AK(t,e){var r;let n=this.constructor,o=n._$Ev.get(t);if(o!==void 0&&this._$El!==o){let i=n.getPropertyOptions(o),a=typeof i.converter=="function"?{fromAttribute:i.converter}:((r=i.converter)===null||r===void 0?void 0:r.fromAttribute)!==void 0?i.converter:Ae;this._$El=o,this[o]=a.fromAttribute(e,i.type),this._$El=null}}requestUpdate(t,e,r){let n=!0;t!==void 0&&(((r=r||this.constructor.getPropertyOptions(t)).hasChanged||et)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),r.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,r))):n=!1),!this.isUpdatePending&&n&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((n,o)=>this[o]=n)),this._$Ei=void 0);let e=!1,r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),(t=this._$ES)===null||t===void 0||t.forEach((n=>{var o;return(o=n.hostUpdate)===null||o===void 0?void 0:o.call(n)})),this.update(r)):this._$Ek()}catch(n){throw e=!1,this._$Ek(),n}e&&this._$AE(r)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((r=>{var n;return(n=r.hostUpdated)===null||n===void 0?void 0:n.call(r)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,r)=>this._$EO(r,this[r],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};E[Se]=!0,E.elementProperties=new Map,E.elementStyles=[],E.shadowRootOptions={mode:"open"},Je?.({ReactiveElement:E}),((we=ae.reactiveElementVersions)!==null&&we!==void 0?we:ae.reactiveElementVersions=[]).push("1.6.3");var Ee,le=window,O=le.trustedTypes,tt=O?O.createPolicy("lit-html",{createHTML:s=>s}):void 0,Me="$lit$",_=`lit$${(Math.random()+"").slice(9)}$`,lt="?"+_,Kt=`<${lt}>`,F=document,Y=()=>F.createComment(""),Z=s=>s===null||typeof s!="object"&&typeof s!="function",dt=Array.isArray,Qt=s=>dt(s)||typeof s?.[Symbol.iterator]=="function",_e=`[ 	
\f\r]`,X=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,rt=/-->/g,nt=/>/g,H=RegExp(`>|${_e}(?:([^\\s"'>=/]+)(${_e}*=${_e}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),st=/'/g,ot=/"/g,ct=/^(?:script|style|textarea|title)$/i,ut=s=>(t,...e)=>({_$litType$:s,strings:t,values:e}),p=ut(1),ht=ut(2),P=Symbol.for("lit-noChange"),y=Symbol.for("lit-nothing"),it=new WeakMap,I=F.createTreeWalker(F,129,null,!1);function pt(s,t){if(!Array.isArray(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return tt!==void 0?tt.createHTML(t):t}var Xt=(s,t)=>{let e=s.length-1,r=[],n,o=t===2?"<svg>":"",i=X;for(let a=0;a<e;a++){let l=s[a],d,c,h=-1,u=0;for(;u<l.length&&(i.lastIndex=u,c=i.exec(l),c!==null);)u=i.lastIndex,i===X?c[1]==="!--"?i=rt:c[1]!==void 0?i=nt:c[2]!==void 0?(ct.test(c[2])&&(n=RegExp("</"+c[2],"g")),i=H):c[3]!==void 0&&(i=H):i===H?c[0]===">"?(i=n??X,h=-1):c[1]===void 0?h=-2:(h=i.lastIndex-c[2].length,d=c[1],i=c[3]===void 0?H:c[3]==='"'?ot:st):i===ot||i===st?i=H:i===rt||i===nt?i=X:(i=H,n=void 0);let m=i===H&&s[a+1].startsWith("/>")?" ":"";o+=i===X?l+Kt:h>=0?(r.push(d),l.slice(0,h)+Me+l.slice(h)+_+m):l+_+(h===-2?(r.push(void 0),a):m)}return[pt(s,o+(s[e]||"<?>")+(t===2?"</svg>":"")),r]},J=class s{constructor({strings:t,_$litType$:e},r){let n;this.parts=[];let o=0,i=0,a=t.length-1,l=this.parts,[d,c]=Xt(t,e);if(this.el=s.createElement(d,r),I.currentNode=this.el.content,e===2){let h=this.el.content,u=h.firstChild;u.remove(),h.append(...u.childNodes)}for(;(n=I.nextNode())!==null&&l.length<a;){if(n.nodeType===1){if(n.hasAttributes()){let h=[];for(let u of n.getAttributeNames())if(u.endsWith(Me)||u.startsWith(_)){let m=c[i++];if(h.push(u),m!==void 0){let f=n.getAttribute(m.toLowerCase()+Me).split(_),v=/([.?@])?(.*)/.exec(m);l.push({type:1,index:o,name:v[2],strings:f,ctor:v[1]==="."?Le:v[1]==="?"?Ce:v[1]==="@"?He:V})}else l.push({type:6,index:o})}for(let u of h)n.removeAttribute(u)}if(ct.test(n.tagName)){let h=n.textContent.split(_),u=h.length-1;if(u>0){n.textContent=O?O.emptyScript:"";for(let m=0;m<u;m++)n.append(h[m],Y()),I.nextNode(),l.push({type:2,index:++o});n.append(h[u],Y())}}}else if(n.nodeType===8)if(n.data===lt)l.push({type:2,index:o});else{let h=-1;for(;(h=n.data.indexOf(_,h+1))!==-1;)l.push({type:7,index:o}),h+=_.length-1}o++}}static createElement(t,e){let r=F.createElement("template");return r.innerHTML=t,r}};function U(s,t,e=s,r){var n,o,i,a;if(t===P)return t;let l=r!==void 0?(n=e._$Co)===null||n===void 0?void 0:n[r]:e._$Cl,d=Z(t)?void 0:t._$litDirective$;return l?.constructor!==d&&((o=l?._$AO)===null||o===void 0||o.call(l,!1),d===void 0?l=void 0:(l=new d(s),l._$AT(s,e,r)),r!==void 0?((i=(a=e)._$Co)!==null&&i!==void 0?i:a._$Co=[])[r]=l:e._$Cl=l),l!==void 0&&(t=U(s,l._$AS(s,t.values),l,r)),t}var Te=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:r},parts:n}=this._$AD,o=((e=t?.creationScope)!==null&&e!==void 0?e:F).importNode(r,!0);I.currentNode=o;let i=I.nextNode(),a=0,l=0,d=n[0];for(;d!==void 0;){if(a===d.index){let c;d.type===2?c=new ee(i,i.nextSibling,this,t):d.type===1?c=new d.ctor(i,d.name,d.strings,this,t):d.type===6&&(c=new Ie(i,this,t)),this._$AV.push(c),d=n[++l]}a!==d?.index&&(i=I.nextNode(),a++)}return I.currentNode=F,o}v(t){let e=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(t,r,e),e+=r.strings.length-2):r._$AI(t[e])),e++}},ee=class s{constructor(t,e,r,n){var o;this.type=2,this._$AH=y,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=r,this.options=n,this._$Cp=(o=n?.isConnected)===null||o===void 0||o}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=U(this,t,e),Z(t)?t===y||t==null||t===""?(this._$AH!==y&&this._$AR(),this._$AH=y):t!==this._$AH&&t!==P&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):Qt(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==y&&Z(this._$AH)?this._$AA.nextSibling.data=t:this.$(F.createTextNode(t)),this._$AH=t}g(t){var e;let{values:r,_$litType$:n}=t,o=typeof n=="number"?this._$AC(t):(n.el===void 0&&(n.el=J.createElement(pt(n.h,n.h[0]),this.options)),n);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===o)this._$AH.v(r);else{let i=new Te(o,this),a=i.u(this.options);i.v(r),this.$(a),this._$AH=i}}_$AC(t){let e=it.get(t.strings);return e===void 0&&it.set(t.strings,e=new J(t)),e}T(t){dt(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,r,n=0;for(let o of t)n===e.length?e.push(r=new s(this.k(Y()),this.k(Y()),this,this.options)):r=e[n],r._$AI(o),n++;n<e.length&&(this._$AR(r&&r._$AB.nextSibling,n),e.length=n)}_$AR(t=this._$AA.nextSibling,e){var r;for((r=this._$AP)===null||r===void 0||r.call(this,!1,!0,e);t&&t!==this._$AB;){let n=t.nextSibling;t.remove(),t=n}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},V=class{constructor(t,e,r,n,o){this.type=1,this._$AH=y,this._$AN=void 0,this.element=t,this.name=e,this._$AM=n,this.options=o,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=y}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,r,n){let o=this.strings,i=!1;if(o===void 0)t=U(this,t,e,0),i=!Z(t)||t!==this._$AH&&t!==P,i&&(this._$AH=t);else{let a=t,l,d;for(t=o[0],l=0;l<o.length-1;l++)d=U(this,a[r+l],e,l),d===P&&(d=this._$AH[l]),i||(i=!Z(d)||d!==this._$AH[l]),d===y?t=y:t!==y&&(t+=(d??"")+o[l+1]),this._$AH[l]=d}i&&!n&&this.j(t)}j(t){t===y?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Le=class extends V{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===y?void 0:t}},Yt=O?O.emptyScript:"",Ce=class extends V{constructor(){super(...arguments),this.type=4}j(t){t&&t!==y?this.element.setAttribute(this.name,Yt):this.element.removeAttribute(this.name)}},He=class extends V{constructor(t,e,r,n,o){super(t,e,r,n,o),this.type=5}_$AI(t,e=this){var r;if((t=(r=U(this,t,e,0))!==null&&r!==void 0?r:y)===P)return;let n=this._$AH,o=t===y&&n!==y||t.capture!==n.capture||t.once!==n.once||t.passive!==n.passive,i=t!==y&&(n===y||o);o&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,r;typeof this._$AH=="function"?this._$AH.call((r=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&r!==void 0?r:this.element,t):this._$AH.handleEvent(t)}},Ie=class{constructor(t,e,r){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(t){U(this,t)}};var at=le.litHtmlPolyfillSupport;at?.(J,ee),((Ee=le.litHtmlVersions)!==null&&Ee!==void 0?Ee:le.litHtmlVersions=[]).push("2.8.0");var mt=(s,t,e)=>{var r,n;let o=(r=e?.renderBefore)!==null&&r!==void 0?r:t,i=o._$litPart$;if(i===void 0){let a=(n=e?.renderBefore)!==null&&n!==void 0?n:null;o._$litPart$=i=new ee(t.insertBefore(Y(),a),a,void 0,e??{})}return i._$AI(s),i};var Fe,Pe;var z=class extends E{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let r=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=r.firstChild),r}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=mt(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return P}};z.finalized=!0,z._$litElement$=!0,(Fe=globalThis.litElementHydrateSupport)===null||Fe===void 0||Fe.call(globalThis,{LitElement:z});var ft=globalThis.litElementPolyfillSupport;ft?.({LitElement:z});((Pe=globalThis.litElementVersions)!==null&&Pe!==void 0?Pe:globalThis.litElementVersions=[]).push("3.3.3");function Zt(s){let t=s;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint10"||t.dtype==="float32")}function Jt(s){let t=Uint8Array.fromBase64;if(t)return t(s);let e=atob(s),r=new Uint8Array(e.length);for(let n=0;n<e.length;n++)r[n]=e.charCodeAt(n);return r}var er=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function tr(s,t){if(s.byteLength!==t*4)throw new Error(`encoded float32 array has ${s.byteLength} bytes; its shape needs ${t*4}.`);if(er)return new Float32Array(s.buffer.slice(s.byteOffset,s.byteOffset+t*4));let e=new DataView(s.buffer,s.byteOffset,s.byteLength),r=new Float32Array(t);for(let n=0;n<t;n++)r[n]=e.getFloat32(4*n,!0);return r}function rr(s,t,e){let r=t+Math.ceil(t/4);if(s.byteLength!==r)throw new Error(`encoded uint10 array has ${s.byteLength} bytes; its shape needs ${r}.`);if(!(e>0))throw new Error(`uint10 array needs a positive scale, got ${e}.`);let n=new Float32Array(1024);for(let a=0;a<1024;a++)n[a]=a/e;let o=new Float32Array(t),i=t-t%4;for(let a=0,l=t;a<i;a+=4,l++){let d=s[l];o[a]=n[s[a]|(d&192)<<2],o[a+1]=n[s[a+1]|(d&48)<<4],o[a+2]=n[s[a+2]|(d&12)<<6],o[a+3]=n[s[a+3]|(d&3)<<8]}for(let a=i;a<t;a++){let l=s[t+(a>>2)]>>6-2*(a&3)&3;o[a]=n[s[a]|l<<8]}return o}function M(s){if(!Zt(s))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let t=Jt(s.data),e=s.shape.reduce((n,o)=>n*o,1),r=s.dtype==="uint10"?rr(t,e,s.scale??0):tr(t,e);return{shape:[...s.shape],values:r}}var de="attention",ce="neuron_view",ue="nmf";function g(s,t,e){if(!(t in s))throw new Error(`${e} response has no '${t}' field.`);return s[t]}function q(s,t,e){if(!(t.length===e.length&&t.every((n,o)=>e[o]<0||n===e[o]))){let n=e.map(o=>o<0?"?":o).join(", ");throw new Error(`${s} has shape (${t.join(", ")}); expected (${n}).`)}}function qe(s,t,e){if(!Array.isArray(t)||t.length!==e){let r=Array.isArray(t)?t.length:typeof t;throw new Error(`${s} has ${r} entries but there are ${e} tokens.`)}}function Ne(s,t){let e=g(s,"tokens",t),r={tokens:e,displayTokens:g(s,"display_tokens",t),specialTokens:g(s,"special_tokens",t),segmentIds:g(s,"segment_ids",t)};return qe("display_tokens",r.displayTokens,e.length),qe("special_tokens",r.specialTokens,e.length),qe("segment_ids",r.segmentIds,e.length),r}var he="Special tokens: the tokenizer's markup, such as [CLS], [SEP], <s>, </s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, such as an emoji, and are not special.";function $(s,t){let e=s.displayTokens[t],r=s.tokens[t];return r===e?`${e} (#${t})`:`${e} (#${t}, token ${r})`}function yt(s){let t=s,e=`'${de}' interpreter`,r=Ne(t,e),n=g(t,"layers",e),o=g(t,"num_heads",e),i=M(g(t,"attention",e)),a=r.tokens.length;q("attention",i.shape,[n.length,o,a,a]);let l=o*a*a,d=n.map((h,u)=>i.values.subarray(u*l,(u+1)*l)),c=typeof t.num_layers=="number"?t.num_layers:null;return{...r,layers:n,numHeads:o,numLayers:c,weights:d}}function nr(s,t,e){let r=s,n=g(r,"name",`${e} term`),o=M(g(r,"values",`${e} term '${n}'`));return q(`term '${n}'`,o.shape,[t,t]),{name:n,label:String(r.label??n),description:String(r.description??""),values:o.values}}function vt(s){let t=s,e=`'${ce}' interpreter`,r=Ne(t,e),n=r.tokens.length,o=M(g(t,"query",e)),i=M(g(t,"key",e)),a=M(g(t,"attention",e));q("query",o.shape,[n,-1]),q("key",i.shape,o.shape),q("attention",a.shape,[n,n]);let l=g(t,"key_allowed",e),d=null;if(l!=null){let h=M(l);q("key_allowed",h.shape,[n,n]),d=Uint8Array.from(h.values,u=>u>.5?1:0)}let c=g(t,"scale",e);if(!(typeof c=="number"&&Number.isFinite(c)))throw new Error(`${e} response has scale ${c}; expected a finite number.`);return{...r,layer:g(t,"layer",e),head:g(t,"head",e),headDim:o.shape[1],query:o.values,key:i.values,scale:c,scaleLabel:g(t,"scale_label",e),positionTransform:g(t,"position_transform",e),terms:g(t,"terms",e).map(h=>nr(h,n,e)),keyAllowed:d,attention:a.values}}function gt(s){let t=s,e=`'${ue}' interpreter`,r=Ne(t,e),n=r.tokens,o=M(g(t,"factors",e));q("factors",o.shape,[-1,n.length]);let i=o.shape[0],a=g(t,"top_neurons",e),l=g(t,"layer_share",e);if(a.length!==i||l.length!==i)throw new Error(`nmf response has ${i} factors but ${a.length} neuron lists and ${l.length} layer shares.`);return{...r,tokenMask:t.token_mask??n.map(()=>!0),layers:g(t,"layers",e),k:i,factors:o.values,topNeurons:a,layerShare:l,reconstructionError:Number(t.reconstruction_error??NaN)}}var sr=/^(\[(CLS|SEP|PAD|MASK)\]|<\/?s>|<pad>|<mask>|<cls>|<sep>)$/;function Re(s){return sr.test(s)}function bt(s){return Re(s)?s:s.replace(/^##(?=.)/,"").replace(/<\/w>$/,"").replace(/^[Ġ▁]+/,"")||"␣"}function $t(s){let t=s.findIndex(e=>e==="[SEP]"||e==="</s>");return s.map((e,r)=>t>=0&&r>t?1:0)}function or(s){let t=s.spec?.output??{},e=new Map;for(let[d,c]of Object.entries(t))c?.name!=="AttentionHeads"||!c.align_in||!(c.align_in in t)||e.set(c.align_in,[...e.get(c.align_in)??[],d]);let r=null;for(let d of e)(r==null||d[1].length>r[1].length)&&(r=d);if(r==null)return null;let[n,o]=r,i=o.map((d,c)=>{let h=/(\d+)/.exec(d);return[h?Number(h[1]):c,d]}),l=new Set(i.map(([d])=>d)).size===i.length?i.sort((d,c)=>d[0]-c[0]):o.map((d,c)=>[c,d]);return{tokensField:n,layers:l}}function R(s){if(s==null)return null;if(s.interpreters?.includes(de))return{kind:"interpreter"};let t=or(s);return t?{kind:"predictions",...t}:null}function me(s){return Object.values(s).some(t=>R(t)!=null)}var ir=8,N=new Map,pe=new Map,De=new Map;function ar(s,t){for(N.delete(s),N.set(s,t);N.size>ir;)N.delete(N.keys().next().value)}function lr(s,t){if(s==null)return!1;let e=t??s.allLayers;return e!=null&&e.every(r=>s.layers.has(r))}function dr(s,t,e){let r=s;if(!Array.isArray(r)||r.some(o=>!Array.isArray(o)||o.length!==t)){let o=Array.isArray(r)&&Array.isArray(r[0])?r[0].length:"?";throw new Error(`${e} has ${o} positions but the tokens have ${t}.`)}let n=new Float32Array(r.length*t*t);return r.forEach((o,i)=>o.forEach((a,l)=>{if(a.length!==t)throw new Error(`${e} row ${l} has ${a.length} values, not ${t}.`);n.set(a,(i*t+l)*t)})),[r.length,n]}async function cr(s,t,e,r,n){let o=n.layers.map(([,c])=>c),[i]=await s.getPreds([r],e,t,[],[n.tokensField,...o],"Fetching attention"),a=i[n.tokensField],l=new Map,d=0;for(let[c,h]of n.layers){let[u,m]=dr(i[h],a.length,h);d=u,l.set(c,m)}return{tokens:a,displayTokens:a.map(bt),specialTokens:a.map(Re),segmentIds:$t(a),numHeads:d,allLayers:n.layers.map(([c])=>c),layers:l,source:"predictions"}}async function ur(s,t,e,r,n){let o=n?{layers:n}:{},[i]=await s.getInterpretations([r],e,t,de,o,"Fetching attention",!0),a=yt(i),l=a.numLayers!=null?Array.from({length:a.numLayers},(d,c)=>c):n==null?a.layers:De.get(e)??null;return l&&De.set(e,l),{tokens:a.tokens,displayTokens:a.displayTokens,specialTokens:a.specialTokens,segmentIds:a.segmentIds,numHeads:a.numHeads,allLayers:l,layers:new Map(a.layers.map((d,c)=>[d,a.weights[c]])),source:"interpreter"}}function hr(){return new Promise(s=>setTimeout(s,0))}async function B(s,t,e,r,n,o){let i=`${e}\0${t}\0${n.id}`,a=N.get(i);if(lr(a,o))return a;let l=r.kind==="interpreter"&&o!=null&&De.has(e)?o:null,d=`${i}\0${l?.join(",")??"all"}`,c=pe.get(d);return c==null&&(c=(l==null?hr().then(()=>Promise.allSettled([...pe].filter(([u])=>u.startsWith(`${i}\0`)&&u!==d).map(([,u])=>u))):Promise.resolve()).then(()=>r.kind==="interpreter"?ur(s,t,e,n,l):cr(s,t,e,n,r)).then(u=>{let m=N.get(i);return m&&(u.layers.forEach((f,v)=>m.layers.set(v,f)),m.allLayers??=u.allLayers,u=m),ar(i,u),u}).finally(()=>pe.delete(d)),pe.set(d,c)),c}var wt=Symbol.for(""),pr=s=>{if(s?.r===wt)return s?._$litStatic$},kt=s=>({_$litStatic$:s,r:wt});var xt=new Map,At=s=>(t,...e)=>{let r=e.length,n,o,i=[],a=[],l,d=0,c=!1;for(;d<r;){for(l=t[d];d<r&&(o=e[d],(n=pr(o))!==void 0);)l+=n+t[++d],c=!0;d!==r&&a.push(o),i.push(l),d++}if(d===r&&i.push(t[r]),c){let h=i.join("$$lit$$");(t=xt.get(h))===void 0&&(i.raw=i,xt.set(h,t=i)),e=a}return s(t,...e)},St=At(p),dn=At(ht);var Et=`/* Layout and status styles shared by lit-ext's modules. */
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
`;var fe="classification-module";function fr(s){let t=s.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(s,"shouldDisplayModule")}function yr(){let s=customElements.get(fe);if(s==null)throw new Error(`lit-ext: LIT's <${fe}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=s;for(;t!=null&&t!==HTMLElement;){if(fr(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${fe}>; this LIT version is not supported.`)}var _t=yr(),Mt=(()=>{let t=customElements.get(fe)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function ye(s,t){return Object.values(s).some(e=>e.interpreters?.includes(t))}function Tt(s){let e=(s instanceof Error?s.message:String(s)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}function T(s){return[Mt,oe`${Q(Et)}`,oe`${Q(s)}`]}var j="main",w=class extends _t{constructor(){super();this.requestSeqs=new Map;this.requestsInFlight=new Set;this.requestErrors=new Map;this.data=null}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.properties={data:{state:!0}}}get inputs(){let e=this.selectedInput;return e==null?[]:[e]}accept(e){this.data=e}inputsChanged(){}renderControls(){return y}get selectedInput(){return this.selectionService.primarySelectedInputData}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.inputs,this.model],()=>{this.inputsChanged(),this.reload()})}async reload(){let e=this.inputs;if(e.length===0){this.cancel(j),this.data=null;return}let r=await this.request(j,this.load(e));r!=null&&this.accept(r)}async request(e,r){let n=(this.requestSeqs.get(e)??0)+1;this.requestSeqs.set(e,n),this.requestsInFlight.add(e),this.requestErrors.delete(e),this.requestUpdate();let o=()=>this.requestSeqs.get(e)===n;try{let i=await this.loadLatest(e,r);return o()?(this.requestsInFlight.delete(e),this.requestUpdate(),i):null}catch(i){return o()&&(this.requestsInFlight.delete(e),this.requestErrors.set(e,Tt(i)),this.setIsLoading(!1),this.requestUpdate()),null}}cancel(e){this.requestSeqs.set(e,(this.requestSeqs.get(e)??0)+1),this.requestsInFlight.delete(e),this.requestErrors.delete(e),this.requestUpdate()}isLoading(e=j){return this.requestsInFlight.has(e)}errorOf(e=j){return this.requestErrors.get(e)??null}stateOf(e,r){return this.requestErrors.has(e)?"error":this.requestsInFlight.has(e)?"loading":r?"ready":"empty"}renderStatus(e,r=null,n="Loading…"){let o=this.errorOf(e);return o?p`<div class="status error" role="alert">${o}</div>`:this.isLoading(e)?p`<div class="status" role="status"><div class="spinner"></div>${n}</div>`:r?p`<div class="status hint">${r}</div>`:y}renderImpl(){let e=this.data==null&&this.inputs.length===0?this.emptyMessage:null;return p`
      <div class="module-container">
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(j,e)}
          ${this.data!=null&&!this.errorOf()?this.renderData(this.data):y}
        </div>
      </div>`}updated(e){super.updated(e),this.dataset.state=this.stateOf(j,this.data!=null)}};function L(s,t){let e=kt(s);t.template=(r,n,o)=>St`<${e} model=${r} .shouldReact=${o}
          selectionServiceIndex=${n}></${e}>`,customElements.define(s,t)}var Lt=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function k(s){return s<Lt.length?Lt[s]:`hsl(${(s*137.508%360).toFixed(1)}, 65%, 42%)`}function Oe(s){if(s.startsWith("#")){let i=parseInt(s.slice(1),16);return[i>>16&255,i>>8&255,i&255]}let[t,e,r]=(s.match(/[\d.]+/g)??["0","0","0"]).map(Number),n=e/100*Math.min(r/100,1-r/100),o=i=>{let a=(i+t/30)%12;return Math.round(255*(r/100-n*Math.max(-1,Math.min(a-3,9-a,1))))};return[o(0),o(8),o(4)]}function W(s,t){let[e,r,n]=Oe(s);return`rgba(${e}, ${r}, ${n}, ${t.toFixed(3)})`}var vr=[33,102,172],gr=[202,72,34];function te(s,t){let e=t>0?Math.min(1,Math.abs(s)/t):0,[r,n,o]=s>=0?vr:gr;return[Math.round(255+(r-255)*e),Math.round(255+(n-255)*e),Math.round(255+(o-255)*e)]}function re([s,t,e]){return`rgb(${s}, ${t}, ${e})`}var D="head-focus",Ue=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(D,{detail:{...e}}))}},A=new Ue;var Ct=`.heads {
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
`;var S=64,$r=12e3,x=8,xr=150,It=s=>`${s}px Roboto, sans-serif`;function wr(s){return s<=40?[20,13]:s<=128?[16,12]:[13,10]}function Ft(s,t,e){let[r,n]=wr(t.visible.length);s.font=It(n);let o=20;for(let m of t.visible)o=Math.max(o,s.measureText(t.labels[m]).width);o=Math.min(xr,Math.ceil(o));let i=Math.min(8,r-6),l=t.numHeads*(i+1)+x+o+x,d=Math.max(80,Math.min(360,e-2*l)),c=Math.max(0,Math.floor((e-d-2*l)/2)),h=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((m,f)=>h[m]=f);let u=6;return{width:Math.max(e,d+2*l),height:u*2+t.visible.length*r,rowHeight:r,fontSize:n,top:u,leftTextRight:c+l-x,rightTextLeft:c+l+d+x,textWidth:o,squareSize:i,rowOf:h}}function Ve(s){return s==="all"?null:[s[0]==="A"?0:1,s[1]==="A"?0:1]}function kr(s,t,e){let r=Ve(s.filter);return r==null||s.segmentIds[t]===r[0]&&s.segmentIds[e]===r[1]}function ve(s,t){return s.top+s.rowOf[t]*s.rowHeight+s.rowHeight/2}function Ht(s,t){let e=s.tokens.length,{weights:r,visible:n,active:o,threshold:i}=s,a=Ve(s.filter),l=s.segmentIds,d=o?.side==="left"?[o.index]:n,c=o?.side==="right"?[o.index]:n;for(let h of s.heads){let u=h*e*e;for(let m of d){if(a&&l[m]!==a[0])continue;let f=u+m*e;for(let v of c){if(a&&l[v]!==a[1])continue;let b=r[f+v];b>=i&&b>0&&t(h,m,v,Math.min(S,Math.max(1,Math.round(b*S))))}}}}function Pt(s,t,e){s.clearRect(0,0,e.width,e.height);let r=new Int32Array(S+1);Ht(t,(u,m,f,v)=>r[v]++);let n=1,o=0;for(let u=S;u>=1;u--){if(o>0&&o+r[u]>$r){n=u+1;break}o+=r[u]}let i=0;for(let u=1;u<=S;u++)i+=r[u];let a=e.leftTextRight+x/2,l=e.rightTextLeft-x/2,d=new Float64Array(t.tokens.length);for(let u of t.visible)d[u]=ve(e,u);let c=new Map;Ht(t,(u,m,f,v)=>{if(v<n)return;let b=u*(S+1)+v,C=c.get(b);C==null&&c.set(b,C=new Path2D),C.moveTo(a,d[m]),C.lineTo(l,d[f])}),s.lineWidth=1;for(let[u,m]of c){let f=Math.floor(u/(S+1)),v=u%(S+1);s.strokeStyle=W(t.headColors[f],v/S),s.stroke(m)}let h=n>1?(n-.5)/S:t.threshold;return{lines:o,overBudget:i-o,cutoff:h}}function Ar(s,t,e){if(s.measureText(t).width<=e)return t;let r=t.length;for(;r>1&&s.measureText(`${t.slice(0,r)}…`).width>e;)r--;return`${t.slice(0,r)}…`}function Sr(s,t,e){let r=[];s.font=It(e.fontSize),s.textBaseline="middle";let n=Ve(t.filter);for(let o of["left","right"]){s.textAlign=o==="left"?"right":"left";let i=o==="left"?e.leftTextRight:e.rightTextLeft;for(let a of t.visible){let l=ve(e,a),d=t.active?.side===o&&t.active.index===a;if(d){let m=o==="left"?i-e.textWidth-2:i-2;s.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",s.fillRect(m,l-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let c=n?n[o==="left"?0:1]:null,h=c!=null&&t.segmentIds[a]!==c;s.fillStyle=h?"#bdc1c6":d?"#202124":"#3c4043";let u=Ar(s,t.labels[a],e.textWidth);s.fillText(u,i,l),o==="left"&&r.push(u)}}return r}function Er(s,t,e){let r=t.active;if(r==null)return;let n=t.tokens.length,o=e.squareSize,i=r.side==="right";for(let a of t.visible){let[l,d]=i?[a,r.index]:[r.index,a];if(!kr(t,l,d))continue;let c=ve(e,a);t.heads.forEach((h,u)=>{let m=t.weights[h*n*n+l*n+d],f=i?e.leftTextRight-e.textWidth-x-(u+1)*(o+1):e.rightTextLeft+e.textWidth+x+u*(o+1);s.fillStyle=W(t.headColors[h],Math.min(1,m)),s.fillRect(f,c-o/2,o,o)})}}function qt(s,t,e){s.clearRect(0,0,e.width,e.height);let r=Sr(s,t,e);return Er(s,t,e),r}function Nt(s,t,e,r){let n=Math.floor((r-t.top)/t.rowHeight);if(n<0||n>=s.visible.length)return null;let o=(t.leftTextRight+t.rightTextLeft)/2,i=e<o?"left":"right",a=s.numHeads*(t.squareSize+1)+x;return(i==="left"?e>=t.leftTextRight-t.textWidth-a&&e<=t.leftTextRight+x:e>=t.rightTextLeft-x&&e<=t.rightTextLeft+t.textWidth+a)?{side:i,index:s.visible[n]}:null}function Rt(s,t,e){return e<0||e>=s.rowOf.length||s.rowOf[e]<0?null:{x:t==="left"?s.leftTextRight-10:s.rightTextLeft+10,y:ve(s,e)}}var _r=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],Dt=[.01,.02,.05,.1,.2],ze=class extends w{constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.sceneKey="";this.drawnWeights=null;this.labelsDrawn=[];this.fullLines=null;this.fullResult=null;this.resizeObserver=null;this.laidOut=null;this.emptyMessage="Select an example to see its attention.";this.onFocus=e=>{this.applyFocus(e.detail,!0)};this.onMouseMove=e=>{let r=this.tokenAt(e),n=(o,i)=>o?.side===i?.side&&o?.index===i?.index;this.pinned==null&&!n(r,this.hovered)&&(this.hovered=r,this.repaintActive()),this.showTooltip(e,r)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let r=this.tokenAt(e),n=r&&this.pinned&&r.side===this.pinned.side&&r.index===this.pinned.index;this.pinned=r==null||n?null:r,this.hovered=r};this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=Dt[0],this.pinned=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static shouldDisplayModule(e){return me(e)}static{this.styles=T(Ct)}static{this.properties={layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0}}}connectedCallback(){super.connectedCallback(),A.addEventListener(D,this.onFocus),A.focus?.model===this.model&&this.applyFocus(A.focus,!1)}disconnectedCallback(){super.disconnectedCallback(),A.removeEventListener(D,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e,r){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.reload()),r&&this.scrollIntoView({block:"nearest"}))}inputsChanged(){this.pinned=null}async load([e]){let r=R(this.appState.currentModelInfos[this.model]);if(r==null)throw new Error(`Model '${this.model}' returns no attention.`);return performance.mark("lit-ext:head-view:request"),B(this.apiService,this.appState.currentDataset,this.model,r,e,[this.layer])}accept(e){if(performance.mark("lit-ext:head-view:data",{detail:{tokens:e.tokens.length}}),e.allLayers&&!e.allLayers.includes(this.layer)&&(this.layer=e.allLayers[0],!e.layers.has(this.layer))){this.reload();return}let r=this.data!=null&&this.data.numHeads!==e.numHeads,n=this.data==null&&this.selectedHeads.length===0;(r||n||this.selectedHeads.some(o=>o>=e.numHeads))&&(this.selectedHeads=Array.from({length:e.numHeads},(o,i)=>i)),this.data=e,this.requestUpdate()}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.reload()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(r=>r!==e):[...this.selectedHeads,e].sort((r,n)=>r-n)}soloHead(e){let r=this.data?.numHeads??0,n=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=n?Array.from({length:r},(o,i)=>i):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,r=e?.allLayers??[...e?.layers.keys()??[]],n=l=>this.setLayer(Number(l.target.value)),o=l=>{this.filter=l.target.value},i=l=>{this.threshold=Number(l.target.value)},a=l=>{this.hideSpecial=l.target.checked,this.pinned=null};return p`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${n} ?disabled=${!r.length}>
            ${r.map(l=>p`<option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        ${this.isPair?p`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${o}>
              ${_r.map(([l,d])=>p`
                <option value=${l} ?selected=${l===this.filter}>${d}</option>`)}
            </select>
          </label>`:y}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${i}>
            ${Dt.map(l=>p`
              <option value=${l} ?selected=${l===this.threshold}>${l}</option>`)}
          </select>
        </label>
        <label title=${he}><input type="checkbox" class="hide-special"
            .checked=${this.hideSpecial} @change=${a}>Hide special tokens</label>
      </div>
      ${e?this.renderHeads(e.numHeads):y}`}renderHeads(e){let r=()=>{this.selectedHeads=Array.from({length:e},(n,o)=>o)};return p`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(n,o)=>{let i=this.selectedHeads.includes(o),a=k(o);return p`
            <button class="head-chip ${i?"on":""}" data-head=${o}
                style="--head-color: ${a}" aria-pressed=${i}
                title="Head ${o}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(o)} @dblclick=${()=>this.soloHead(o)}>
              ${o}
            </button>`})}
        <button class="hairline-button" @click=${r}>All</button>
        <button class="hairline-button" @click=${()=>this.selectedHeads=[]}>None</button>
      </div>`}renderData(){return p`
      <div class="hint legend">${this.legendText()}<span class="line-stats"></span></div>
      <div class="canvas-stack">
        <canvas class="lines"></canvas>
        <canvas class="labels" @mousemove=${this.onMouseMove}
            @mouseleave=${this.onMouseLeave} @click=${this.onCanvasClick}></canvas>
      </div>
      <div class="tooltip" hidden></div>`}legendText(){return`Left: attending tokens; right: attended tokens. ${this.pinned?"Click the pinned token again (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it."}`}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let r=Math.floor(e.clientWidth-16);r>0&&r!==this.canvasWidth&&(this.canvasWidth=r,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.observeWidth(),this.redraw()}buildScene(){let e=this.data,r=e?.layers.get(this.layer);if(e==null||r==null)return null;let n=e.tokens.map((o,i)=>i).filter(o=>!this.hideSpecial||!e.specialTokens[o]);return{tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:r,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(o,i)=>k(i)),visible:n,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null}}canvases(){let e=this.renderRoot.querySelector("canvas.lines"),r=this.renderRoot.querySelector("canvas.labels");return e&&r?[e,r]:null}redraw(){let e=this.buildScene();this.scene=e;let r=this.canvases();if(e==null||r==null||this.canvasWidth<=0)return;let[n,o]=r,i=[this.layer,e.heads.join(","),e.filter,e.threshold,e.visible.length,this.canvasWidth].join("|");if(i!==this.sceneKey||e.weights!==this.drawnWeights||n!==this.laidOut||this.geometry==null){this.sceneKey=i,this.laidOut=n,this.drawnWeights=e.weights,this.fullLines=null,this.fullResult=null;let a=Ft(o.getContext("2d"),e,this.canvasWidth);this.geometry=a;let l=window.devicePixelRatio||1;for(let d of[n,o])d.style.width=`${a.width}px`,d.style.height=`${a.height}px`;n.width=a.width,n.height=a.height,o.width=Math.round(a.width*l),o.height=Math.round(a.height*l),o.getContext("2d").setTransform(l,0,0,l,0,0)}this.paint()}paint(){let e=this.canvases(),r=this.scene,n=this.geometry;if(e==null||r==null||n==null)return;let[o,i]=e,a=o.getContext("2d"),l;if(r.active==null&&this.fullLines&&this.fullResult)a.clearRect(0,0,n.width,n.height),a.drawImage(this.fullLines,0,0),l=this.fullResult;else{if(r.active!=null&&this.fullLines==null&&this.fullResult!=null){let c=document.createElement("canvas");c.width=o.width,c.height=o.height,c.getContext("2d").drawImage(o,0,0),this.fullLines=c}l=Pt(a,r,n),r.active==null&&(this.fullResult=l)}this.labelsDrawn=qt(i.getContext("2d"),r,n),this.describeLines(l);let d=r.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:d,lines:l.lines}})})}describeLines(e){Object.assign(this.dataset,{source:this.data?.source??"",layer:String(this.layer),filter:this.scene?.filter??"",heads:this.scene?.heads.join(",")??"",tokens:String(this.scene?.tokens.length??0),lines:String(e.lines),hiddenLines:String(e.overBudget),active:this.scene?.active?`${this.scene.active.side}:${this.scene.active.index}`:""});let r=this.renderRoot.querySelector(".line-stats");if(r==null)return;let n=e.lines.toLocaleString("en-US");r.textContent=e.overBudget>0?`${n} strongest lines drawn (weights ≥ ${e.cutoff.toFixed(3)}); ${e.overBudget.toLocaleString("en-US")} weaker ones hidden to stay fast.`:`${n} lines (weights ≥ ${e.cutoff}).`}repaintActive(){this.scene!=null&&(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint())}drawnLabels(){return[...this.labelsDrawn]}tokenPosition(e,r){return this.geometry?Rt(this.geometry,e,r):null}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let r=e.target.getBoundingClientRect();return Nt(this.scene,this.geometry,e.clientX-r.left,e.clientY-r.top)}showTooltip(e,r){let n=this.renderRoot.querySelector(".tooltip");if(n==null)return;let o=e&&r?this.tooltipText(r):"";n.hidden=!o,!(!o||!e)&&(n.textContent=o,n.style.left=`${e.clientX+14}px`,n.style.top=`${e.clientY+10}px`)}tooltipText(e){let r=this.scene,n=this.data;if(r==null||n==null)return"";let o=h=>$(n,h),i=this.pinned??this.hovered,a=r.tokens.length;if(i==null||i.side===e.side){let h=e.side==="left"?"attends from":"is attended by";return`${o(e.index)}
layer ${this.layer}: ${h} the lines shown`+(this.pinned?"":`
click to pin`)}let[l,d]=i.side==="left"?[i.index,e.index]:[e.index,i.index],c=r.heads.map(h=>{let u=r.weights[h*a*a+l*a+d];return`  head ${String(h).padStart(2)}: ${u.toFixed(4)}`});return`${o(l)} → ${o(d)}, layer ${this.layer}
${c.join(`
`)}`}};L("head-view-module",ze);var Ot=`.grid {
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
`;var Ut=[48,72,104];function Tr(s,t,e,r,n){let[o,i,a]=Oe(n),l=Math.min(r,s.width),d=new Float32Array(l*l),c=e*r*r;for(let f=0;f<r;f++){let v=Math.floor(f*l/r)*l;for(let b=0;b<r;b++){let C=v+Math.floor(b*l/r),Xe=t[c+f*r+b];Xe>d[C]&&(d[C]=Xe)}}let h=new ImageData(l,l);for(let f=0;f<l*l;f++){let v=Math.sqrt(Math.min(1,d[f]));h.data[4*f]=Math.round(255+(o-255)*v),h.data[4*f+1]=Math.round(255+(i-255)*v),h.data[4*f+2]=Math.round(255+(a-255)*v),h.data[4*f+3]=255}let u=document.createElement("canvas");u.width=l,u.height=l,u.getContext("2d").putImageData(h,0,0);let m=s.getContext("2d");m.imageSmoothingEnabled=!1,m.clearRect(0,0,s.width,s.height),m.drawImage(u,0,0,s.width,s.height)}var Be=class extends w{constructor(){super();this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.emptyMessage="Select an example to see its attention.";this.size=Ut[1],this.selected=null}static{this.title="Attention: Model View"}static{this.infoMarkdown="Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view."}static{this.numCols=6}static shouldDisplayModule(e){return me(e)}static{this.styles=T(Ot)}static{this.properties={size:{state:!0},selected:{state:!0}}}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame)}async load([e]){let r=R(this.appState.currentModelInfos[this.model]);if(r==null)throw new Error(`Model '${this.model}' returns no attention.`);return B(this.apiService,this.appState.currentDataset,this.model,r,e,null)}open(e,r){this.selected=[e,r],A.focusHead({model:this.model,layer:e,head:r})}renderControls(){return p`
      <div class="toolbar">
        <label>Size
          <select class="dropdown size-select" @change=${r=>{this.size=Number(r.target.value)}}>
            ${Ut.map(r=>p`<option value=${r} ?selected=${r===this.size}>${r}px</option>`)}
          </select>
        </label>
        <span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>
      </div>`}renderData(e){let r=[...e.layers.keys()].sort((o,i)=>o-i),n=Array.from({length:e.numHeads},(o,i)=>i);return p`
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${n.map(o=>p`<div class="col-label">H${o}</div>`)}
        ${r.map(o=>p`
          <div class="row-label">L${o}</div>
          ${n.map(i=>{let a=this.selected?.[0]===o&&this.selected?.[1]===i;return p`
              <canvas class="thumb ${a?"selected":""}" width=${this.size}
                  height=${this.size} data-layer=${o} data-head=${i}
                  title="Layer ${o}, head ${i}: click to open in the head view"
                  @click=${()=>this.open(o,i)}></canvas>`})}`)}
      </div>`}updated(e){super.updated(e),this.dataset.selected=this.selected?this.selected.join(":"):"",this.dataset.source=this.data?.source??"",(e.has("data")||e.has("size"))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(r=>{for(let n of r){let o=n.target;n.isIntersecting&&!this.drawn.has(o)&&this.pending.add(o)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(r=>this.observer.observe(r)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let r=e.tokens.length,n=performance.now();for(let o of this.pending){if(this.pending.delete(o),!o.isConnected)continue;let i=Number(o.dataset.layer),a=Number(o.dataset.head),l=e.layers.get(i);if(l!=null&&(Tr(o,l,a,r,k(a)),this.drawn.add(o),performance.now()-n>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};L("model-view-module",Be);var Vt=new Map;async function ge(s,t,e,r,n){let o=Vt.get(e);if(o)return o;let i=R(r);if(i==null)throw new Error(`Model '${e}' has no 'attention' interpreter or AttentionHeads outputs, so its layers and heads are unknown.`);let a=await B(s,t,e,i,n,[0]),d={layers:a.allLayers??[...a.layers.keys()].sort((c,h)=>c-h),numHeads:a.numHeads};return Vt.set(e,d),d}var zt=`.query-chips {
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

.notes {
  margin: 0 0 6px;
  padding-left: 18px;
}

table.neurons th.term {
  max-width: 120px;
  white-space: normal;
}

/* Keys the model does not let this query attend to. */
table.neurons tr.masked td {
  color: var(--lit-neutral-500, #9aa0a6);
}

table.neurons tr.masked canvas.vec {
  opacity: 0.4;
}

table.neurons td.masked-cell {
  font-style: italic;
}
`;function Bt(s,t){let e=s.tokens.length,r=s.headDim,n=t*e,o=s.query.subarray(t*r,(t+1)*r),i=[],a=new Float64Array(e);for(let m=0;m<e;m++){let f=new Float32Array(r),v=0;for(let b=0;b<r;b++)f[b]=o[b]*s.key[m*r+b],v+=f[b];i.push(f),a[m]=s.scale*v}let l=s.terms.map(m=>Float64Array.from(m.values.subarray(n,n+e))),d=a.map((m,f)=>l.reduce((v,b)=>v+b[f],m)),c=Array.from({length:e},(m,f)=>s.keyAllowed?.[n+f]!==0),h=Cr(d,c),u=0;for(let m=0;m<e;m++)u=Math.max(u,Math.abs(h[m]-s.attention[n+m]));return{query:o,products:i,scaled:a,terms:l,sums:d,allowed:c,softmax:h,maxDiff:u}}function Cr(s,t){let e=-1/0;s.forEach((o,i)=>{t[i]&&(e=Math.max(e,o))});let r=s.map((o,i)=>t[i]?Math.exp(o-e):0),n=r.reduce((o,i)=>o+i,0);return r.map(o=>n>0?o/n:0)}function je(s){return s.startsWith("1/")?`q·k/${s.slice(2)}`:`q·k·${s}`}function be(s){return[je(s.scaleLabel),...s.terms.map(t=>t.name)].join(" + ")}var jt=.001;function Hr(s){let t=s.toFixed(3);return Number(t)===0?0 .toFixed(3):t}function Ge(s){return Math.max(3,Math.min(12,Math.floor(256/s)))}function G(s){let t=0;for(let e=0;e<s.length;e++)t=Math.max(t,Math.abs(s[e]));return t}function We(s,t,e){let r=s.getContext("2d"),n=Ge(t.length);for(let o=0;o<t.length;o++)r.fillStyle=re(te(t[o],e)),r.fillRect(o*n,0,n,s.height)}var Ke=class extends w{constructor(){super();this.rows=null;this.onFocus=e=>{let r=e.detail;r.model===this.model&&(this.layer=r.layer,this.head=r.head,this.reload())};this.emptyMessage="Select an example to see its query and key vectors.";this.onMouseMove=e=>{let r=e.composedPath()[0],n=this.data,o=this.rows;if(!(r instanceof HTMLCanvasElement)||!r.classList.contains("vec")||n==null||o==null){this.hideTooltip();return}let i=n.headDim,a=Math.min(i-1,Math.max(0,Math.floor(e.offsetX/Ge(i)))),l=r.dataset.kind,d=Number(r.dataset.row),c=o.query[a],h=`query ${$(n,this.queryIndex)}, dim ${a}
q = ${c.toFixed(4)}`;if(l!=="query"){let m=n.key[d*i+a];h=`key ${$(n,d)}, dim ${a}
q = ${c.toFixed(4)}
k = ${m.toFixed(4)}
q∘k = ${(c*m).toFixed(4)}`}let u=this.renderRoot.querySelector(".tooltip");u.textContent=h,u.hidden=!1,u.style.left=`${e.clientX+14}px`,u.style.top=`${e.clientY+10}px`};this.hideTooltip=()=>{let e=this.renderRoot.querySelector(".tooltip");e&&(e.hidden=!0)};this.shape=null,this.layer=0,this.head=0,this.queryIndex=-1}static{this.title="Neurons: Query × Key"}static{this.infoMarkdown="For one layer, head and query token: every key vector, q∘k, the scaled score q·k/√d (or the model's own scale, e.g. q·k/√(3d) for DeBERTa), one column per term the model adds before the softmax (DeBERTa's content→position and position→content, MPNet's relative position bias; hover a column header or read the notes under the check for what each is), their sum, and the softmax over the keys the query may attend to (masked keys get 0). The view checks that this softmax equals the model's attention. q and k are shown after the model's position transform (rotary for ModernBERT). Blue = positive, orange = negative."}static{this.numCols=12}static shouldDisplayModule(e){return ye(e,ce)}static{this.styles=T(zt)}static{this.properties={shape:{state:!0},layer:{state:!0},head:{state:!0},queryIndex:{state:!0}}}connectedCallback(){super.connectedCallback(),A.addEventListener(D,this.onFocus)}disconnectedCallback(){super.disconnectedCallback(),A.removeEventListener(D,this.onFocus)}inputsChanged(){this.queryIndex=-1}async load([e]){let r=this.apiService,n=this.appState.currentDataset,o=this.model,i=await ge(r,n,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers.includes(this.layer)?this.layer:i.layers[0],l=this.head<i.numHeads?this.head:0,[d]=await r.getInterpretations([e],o,n,ce,{layer:a,head:l},"Fetching query/key vectors",!0);return vt(d)}accept(e){this.data=e,this.layer=e.layer,this.head=e.head;let r=e.tokens.length;if(this.queryIndex<0||this.queryIndex>=r){let n=e.specialTokens.findIndex(o=>!o);this.queryIndex=Math.max(0,n)}}setLayerHead(e,r){this.layer=e,this.head=r,this.reload()}renderControls(){let e=this.shape,r=this.data,n=r?.displayTokens??[],o=l=>this.setLayerHead(Number(l.target.value),this.head),i=l=>this.setLayerHead(this.layer,Number(l.target.value)),a=l=>{this.queryIndex=Number(l.target.value)};return p`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${o} ?disabled=${!e}>
            ${(e?.layers??[]).map(l=>p`
              <option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        <label>Head
          <select class="dropdown head-select" @change=${i} ?disabled=${!e}>
            ${Array.from({length:e?.numHeads??0},(l,d)=>p`
              <option value=${d} ?selected=${d===this.head}>${d}</option>`)}
          </select>
        </label>
        <label>Query token
          <select class="dropdown query-select" @change=${a} ?disabled=${!n.length}>
            ${n.map((l,d)=>p`
              <option value=${d} ?selected=${d===this.queryIndex}
                  title=${$(r,d)}>${d}: ${l}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${re(te(1,1))}"></span>positive
          <span class="swatch" style="background: ${re(te(-1,1))}"></span>negative
        </span>
      </div>`}renderQueryChips(e){return p`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${e.displayTokens.map((r,n)=>p`
          <button class="chip ${n===this.queryIndex?"selected":""}" data-index=${n}
              role="option" aria-selected=${n===this.queryIndex} title=${$(e,n)}
              @click=${()=>this.queryIndex=n}>${r}</button>`)}
      </div>`}renderCheck(e,r){let n=r.allowed.filter(l=>l).length,o=n<r.allowed.length?` over the ${n} allowed keys`:"",i=`softmax(${be(e)})${o}`;if(r.maxDiff<jt)return p`<span class="check ok">${i} equals the model's attention (max |Δ| ${r.maxDiff.toExponential(1)})</span>`;let a=Number.isFinite(r.maxDiff)?`by up to ${r.maxDiff.toFixed(4)}`:"(a value is not a number)";return p`<span class="check bad">${i} differs from the model's attention ${a}: these columns do not explain this head.</span>`}renderNotes(e,r){let n=r.allowed.length-r.allowed.filter(i=>i).length,o=[...e.positionTransform?[`q and k are shown after the ${e.positionTransform} position transform.`]:[],...e.terms.map(i=>`${i.label} (${i.name}): ${i.description}.`),...n?[`${n} key${n===1?" is":"s are"} masked for this query: the model does not let it attend to them (probability 0).`]:[]];return o.length?p`<ul class="notes hint">${o.map(i=>p`<li>${i}</li>`)}</ul>`:y}renderSigned(e,r,n){return p`
      <td class="num" data-col=${e} title=${r.toFixed(6)}>
        <span class="bar signed" style="width: ${28*Math.abs(r)/n}px; background: ${re(te(r,n))}"></span>${Hr(r)}</td>`}renderTable(e,r){let n=e.headDim*Ge(e.headDim),o=e.tokens.length,i=Math.max(G(r.scaled),...r.terms.map(G),G(r.sums))||1,a=e.terms.length>0,l=(d,c)=>p`
        <canvas class="vec" data-kind=${d} data-row=${c??y} width=${n}
            height="12" style="width: ${n}px"></canvas>`;return p`
      <div class="summary">
        Layer ${e.layer}, head ${e.head}, d = ${e.headDim}; query
        <b class="mono" title=${$(e,this.queryIndex)}>${e.displayTokens[this.queryIndex]}</b> (#${this.queryIndex}).
        ${this.renderCheck(e,r)}
      </div>
      ${this.renderNotes(e,r)}
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num" title="q·k times the model's scale, ${e.scaleLabel}">${je(e.scaleLabel)}</th>
            ${e.terms.map(d=>p`
              <th class="num term" title="${d.name}: ${d.description}">${d.label}</th>`)}
            ${a?p`
              <th class="num" title="${be(e)}: the score the softmax takes">sum</th>`:y}
            <th class="num" title="softmax over the keys this query may attend to">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td>${l("query")}</td>
            <td colspan=${3+e.terms.length+(a?1:0)}></td>
          </tr>
        </thead>
        <tbody>
          ${e.displayTokens.map((d,c)=>{let h=r.softmax[c],u=[c===this.queryIndex?"is-query":"",r.allowed[c]?"":"masked"].join(" ");return p`
              <tr class=${u} data-key=${c}>
                <td class="token-col mono" title=${$(e,c)}>${d}</td>
                <td>${l("key",c)}</td>
                <td>${l("product",c)}</td>
                ${this.renderSigned("scaled",r.scaled[c],i)}
                ${e.terms.map((m,f)=>this.renderSigned(`term:${m.name}`,r.terms[f][c],i))}
                ${a?this.renderSigned("sum",r.sums[c],i):y}
                ${r.allowed[c]?p`
                  <td class="num" data-col="softmax" title=${`softmax ${h.toFixed(6)}; model attention ${e.attention[this.queryIndex*o+c].toFixed(6)}`}>
                    <span class="bar" style="width: ${40*h}px"></span>${h.toFixed(3)}</td>`:p`<td class="num masked-cell" data-col="softmax"
                      title="masked: this query may not attend to this key (probability 0)"
                      >masked</td>`}
              </tr>`})}
        </tbody>
      </table>`}renderData(e){let r=this.queryIndex>=0&&this.queryIndex<e.tokens.length;return this.rows=r?Bt(e,this.queryIndex):null,this.rows==null?y:p`
      <div @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
        ${this.renderQueryChips(e)}${this.renderTable(e,this.rows)}
        <div class="tooltip" hidden></div>
      </div>`}updated(e){super.updated(e);let r=this.data,n=this.rows;if(r==null||n==null||this.errorOf()!=null)return;let o=Math.max(G(r.key),G(n.query)),i=Math.max(...n.products.map(G))||1;for(let a of this.renderRoot.querySelectorAll("canvas.vec")){let l=a.dataset.kind,d=Number(a.dataset.row),c=r.headDim;l==="query"&&We(a,n.query,o),l==="key"&&We(a,r.key.subarray(d*c,(d+1)*c),o),l==="product"&&We(a,n.products[d],i)}Object.assign(this.dataset,{layer:String(r.layer),head:String(r.head),query:String(this.queryIndex),queryToken:r.displayTokens[this.queryIndex],rows:String(r.tokens.length),headDim:String(r.headDim),maxDiff:n.maxDiff.toExponential(2),check:n.maxDiff<jt?"ok":"bad",formula:be(r),masked:String(n.allowed.filter(a=>!a).length)})}};L("neuron-view-module",Ke);var Wt=`.factor-picker {
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
`;var Fr=Array.from({length:16},(s,t)=>t+1);function Pr(s){let t=s.tokens.length;return Array.from({length:s.k},(e,r)=>{let n=0;for(let o=0;o<t;o++)n=Math.max(n,s.factors[r*t+o]);return n})}var Qe=class extends w{constructor(){super();this.emptyMessage="Select an example to factorise its neurons.";this.shape=null,this.k=8,this.fromLayer=0,this.toLayer=-1,this.excludeSpecial=!0,this.factor=null}static{this.title="NMF: Neuron Factors"}static{this.infoMarkdown="Non-negative matrix factorisation of the FFN neuron activations (Ecco's method): k factors of neurons that fire together, how strongly each token activates them, and which neurons and layers make up each factor."}static{this.numCols=12}static shouldDisplayModule(e){return ye(e,ue)}static{this.styles=T(Wt)}static{this.properties={shape:{state:!0},k:{state:!0},fromLayer:{state:!0},toLayer:{state:!0},excludeSpecial:{state:!0},factor:{state:!0}}}async load([e]){let r=this.apiService,n=this.appState.currentDataset,o=this.model,i=await ge(r,n,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers[i.layers.length-1],l=this.toLayer<0||this.toLayer>a?a:this.toLayer,d=Math.min(this.fromLayer,l),c={n_components:this.k,from_layer:d,to_layer:l+1,exclude_special_tokens:this.excludeSpecial},[h]=await r.getInterpretations([e],o,n,ue,c,"Factorising neuron activations",!0);return gt(h)}accept(e){this.fromLayer=e.layers[0],this.toLayer=e.layers[e.layers.length-1],this.data=e,this.factor!=null&&this.factor>=e.k&&(this.factor=null)}renderControls(){let e=this.shape?.layers??[],r=e.length?e[e.length-1]:-1,n=this.toLayer<0||this.toLayer>r?r:this.toLayer,o=a=>Number(a.target.value),i=a=>{a(),this.reload()};return p`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${a=>i(()=>this.k=o(a))}>
            ${Fr.map(a=>p`<option value=${a} ?selected=${a===this.k}>${a}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.fromLayer=o(a),this.toLayer=Math.max(n,this.fromLayer)})}>
            ${e.map(a=>p`<option value=${a} ?selected=${a===this.fromLayer}>${a}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.toLayer=o(a),this.fromLayer=Math.min(this.fromLayer,this.toLayer)})}>
            ${e.map(a=>p`<option value=${a} ?selected=${a===n}>${a}</option>`)}
          </select>
        </label>
        <label title=${he}><input type="checkbox" class="special-toggle"
            .checked=${this.excludeSpecial}
            @change=${a=>i(()=>{this.excludeSpecial=a.target.checked})}>Leave out special tokens</label>
        ${this.data?p`<span class="hint">Reconstruction error ${(this.data.reconstructionError*100).toFixed(1)}%</span>`:y}
      </div>`}renderFactorPicker(e){let r=n=>()=>{this.factor=this.factor===n?null:n};return p`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor==null?"on":""}" @click=${r(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length:e.k},(n,o)=>p`
          <button class="factor-chip ${this.factor===o?"on":""}" data-factor=${o}
              style="--factor-color: ${k(o)}" @click=${r(o)}
              title="Tint tokens by factor ${o} alone">F${o}</button>`)}
      </div>`}renderSentence(e,r){let n=e.tokens.length;return p`
      <div class="sentence">
        ${e.displayTokens.map((o,i)=>{if(!e.tokenMask[i])return p`<span class="token excluded" title="${$(e,i)}: not factorised">${o}</span>`;let a=this.factor;if(a==null){a=0;for(let c=1;c<e.k;c++)e.factors[c*n+i]>e.factors[a*n+i]&&(a=c)}let l=e.factors[a*n+i],d=r[a]>0?Math.max(.08,l/r[a]):0;return p`<span class="token" data-factor=${a}
              style="background: ${W(k(a),d*.85)}"
              title="${$(e,i)}: factor ${a} ${l.toFixed(4)}">${o}</span>`})}
      </div>`}renderHeatmap(e,r){let n=e.tokens.length,o=Array.from({length:e.k},(i,a)=>a);return p`
      <div class="heatmap" style="--tokens: ${n}">
        <div></div>
        ${e.displayTokens.map((i,a)=>p`
          <div class="col-label ${e.tokenMask[a]?"":"excluded"}"
              title=${$(e,a)}>${i}</div>`)}
        ${o.map(i=>p`
          <div class="row-label ${this.factor===i?"on":""}"
              @click=${()=>this.factor=this.factor===i?null:i}>F${i}</div>
          ${e.tokens.map((a,l)=>{let d=e.factors[i*n+l],c=r[i]>0?d/r[i]:0;return p`<div class="cell" title="factor ${i}, ${$(e,l)}: ${d.toFixed(4)}"
                style="background: ${W(k(i),c)}"></div>`})}`)}
      </div>`}renderFactorCards(e){return p`
      <div class="cards">
        ${e.topNeurons.map((r,n)=>{let o=e.layerShare[n],i=Math.max(...o,1e-9);return p`
            <div class="card ${this.factor===n?"on":""}" data-factor=${n}
                style="--factor-color: ${k(n)}">
              <div class="card-title"><span class="swatch"></span>Factor ${n}</div>
              <div class="card-section">Layer share</div>
              <div class="shares">
                ${e.layers.map((a,l)=>p`
                  <div class="share" title="layer ${a}: ${(o[l]*100).toFixed(1)}%">
                    <div class="share-bar" style="height: ${24*o[l]/i}px"></div>
                    <div class="share-label">${a}</div>
                  </div>`)}
              </div>
              <div class="card-section">Top neurons (layer·unit, loading)</div>
              <ol class="neurons mono">
                ${r.map(a=>p`
                  <li>L${a.layer}·${a.index}<span class="loading">${a.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`})}
      </div>`}renderData(e){let r=Pr(e);return p`
      ${this.renderFactorPicker(e)}
      ${this.renderSentence(e,r)}
      ${this.renderHeatmap(e,r)}
      ${this.renderFactorCards(e)}`}updated(e){super.updated(e);let r=this.data;r!=null&&Object.assign(this.dataset,{k:String(r.k),tokens:String(r.tokens.length),layers:`${r.layers[0]}-${r.layers[r.layers.length-1]}`,factor:this.factor==null?"":String(this.factor)})}};L("nmf-module",Qe);
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

lit-html/static.js:
  (**
   * @license
   * Copyright 2020 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
