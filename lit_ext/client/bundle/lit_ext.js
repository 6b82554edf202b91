var Ae=window,ke=Ae.ShadowRoot&&(Ae.ShadyCSS===void 0||Ae.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,at=Symbol(),Gt=new WeakMap,he=class{constructor(t,e,n){if(this._$cssResult$=!0,n!==at)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(ke&&t===void 0){let n=e!==void 0&&e.length===1;n&&(t=Gt.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),n&&Gt.set(e,t))}return t}toString(){return this.cssText}},ue=r=>new he(typeof r=="string"?r:r+"",void 0,at),Se=(r,...t)=>{let e=r.length===1?r[0]:t.reduce(((n,o,s)=>n+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(o)+r[s+1]),r[0]);return new he(e,r,at)},lt=(r,t)=>{ke?r.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let n=document.createElement("style"),o=Ae.litNonce;o!==void 0&&n.setAttribute("nonce",o),n.textContent=e.cssText,r.appendChild(n)}))},Me=ke?r=>r:r=>r instanceof CSSStyleSheet?(t=>{let e="";for(let n of t.cssRules)e+=n.cssText;return ue(e)})(r):r;var ct,Ee=window,Qt=Ee.trustedTypes,_r=Qt?Qt.emptyScript:"",Xt=Ee.reactiveElementPolyfillSupport,ht={toAttribute(r,t){switch(t){case Boolean:r=r?_r:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,t){let e=r;switch(t){case Boolean:e=r!==null;break;case Number:e=r===null?null:Number(r);break;case Object:case Array:try{e=JSON.parse(r)}catch{e=null}}return e}},Yt=(r,t)=>t!==r&&(t==t||r==r),dt={attribute:!0,type:String,converter:ht,reflect:!1,hasChanged:Yt},ut="finalized",R=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,n)=>{let o=this._$Ep(n,e);o!==void 0&&(this._$Ev.set(o,n),t.push(o))})),t}static createProperty(t,e=dt){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let n=typeof t=="symbol"?Symbol():"__"+t,o=this.getPropertyDescriptor(t,n,e);o!==void 0&&Object.defineProperty(this.prototype,t,o)}}static getPropertyDescriptor(t,e,n){return{get(){return this[e]},set(o){let s=this[t];this[e]=o,this.requestUpdate(t,s,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||dt}static finalize(){if(this.hasOwnProperty(ut))return!1;this[ut]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,n=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let o of n)this.createProperty(o,e[o])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let n=new Set(t.flat(1/0).reverse());for(let o of n)e.unshift(Me(o))}else t!==void 0&&e.push(Me(t));return e}static _$Ep(t,e){let n=e.attribute;return n===!1?void 0:typeof n=="string"?n:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,n;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((n=t.hostConnected)===null||n===void 0||n.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return lt(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var n;return(n=e.hostConnected)===null||n===void 0?void 0:n.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var n;return(n=e.hostDisconnected)===null||n===void 0?void 0:n.call(e)}))}attributeChangedCallback(t,e,n){this._$AK(t,n)}_$EO(t,e,n=dt){var o;let s=this.constructor._$Ep(t,n);if(s!==void 0&&n.reflect===!0){let i=(((o=n.converter)===null||o===void 0?void 0:o.toAttribute)!==void 0?n.converter:ht).toAttribute(e,n.type);this._$El=t,i==null?this.removeAttribute(s):this.setAttribute(s,i),this._$El=null}}_$AK(t,e){var n;let o=this.constructor,s=o._$Ev.get(t);if(s!==void 0&&this._$El!==s){let i=o.getPropertyOptions(s),a=typeof i.converter=="function"?{fromAttribute:i.converter}:((n=i.converter)===null||n===void 0?void 0:n.fromAttribute)!==void 0?i.converter:ht;this._$El=s,this[s]=a.fromAttribute(e,i.type),this._$El=null}}requestUpdate(t,e,n){let o=!0;t!==void 0&&(((n=n||this.constructor.getPropertyOptions(t)).hasChanged||Yt)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),n.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,n))):o=!1),!this.isUpdatePending&&o&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((o,s)=>this[s]=o)),this._$Ei=void 0);let e=!1,n=this._$AL;try{e=this.shouldUpdate(n),e?(this.willUpdate(n),(t=this._$ES)===null||t===void 0||t.forEach((o=>{var s;return(s=o.hostUpdate)===null||s===void 0?void 0:s.call(o)})),this.update(n)):this._$Ek()}catch(o){throw e=!1,this._$Ek(),o}e&&this._$AE(n)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((n=>{var o;return(o=n.hostUpdated)===null||o===void 0?void 0:o.call(n)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,n)=>this._$EO(n,this[n],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};R[ut]=!0,R.elementProperties=new Map,R.elementStyles=[],R.shadowRootOptions={mode:"open"},Xt?.({ReactiveElement:R}),((ct=Ee.reactiveElementVersions)!==null&&ct!==void 0?ct:Ee.reactiveElementVersions=[]).push("1.6.3");var pt,Te=window,re=Te.trustedTypes,Zt=re?re.createPolicy("lit-html",{createHTML:r=>r}):void 0,_e="$lit$",F=`lit$${(Math.random()+"").slice(9)}$`,ft="?"+F,Ir=`<${ft}>`,V=document,me=()=>V.createComment(""),fe=r=>r===null||typeof r!="object"&&typeof r!="function",sn=Array.isArray,an=r=>sn(r)||typeof r?.[Symbol.iterator]=="function",mt=`[ 	
\f\r]`,pe=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Jt=/-->/g,en=/>/g,U=RegExp(`>|${mt}(?:([^\\s"'>=/]+)(${mt}*=${mt}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),tn=/'/g,nn=/"/g,ln=/^(?:script|style|textarea|title)$/i,cn=r=>(t,...e)=>({_$litType$:r,strings:t,values:e}),h=cn(1),O=cn(2),T=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),rn=new WeakMap,j=V.createTreeWalker(V,129,null,!1);function dn(r,t){if(!Array.isArray(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return Zt!==void 0?Zt.createHTML(t):t}var hn=(r,t)=>{let e=r.length-1,n=[],o,s=t===2?"<svg>":"",i=pe;for(let a=0;a<e;a++){let l=r[a],c,d,u=-1,p=0;for(;p<l.length&&(i.lastIndex=p,d=i.exec(l),d!==null);)p=i.lastIndex,i===pe?d[1]==="!--"?i=Jt:d[1]!==void 0?i=en:d[2]!==void 0?(ln.test(d[2])&&(o=RegExp("</"+d[2],"g")),i=U):d[3]!==void 0&&(i=U):i===U?d[0]===">"?(i=o??pe,u=-1):d[1]===void 0?u=-2:(u=i.lastIndex-d[2].length,c=d[1],i=d[3]===void 0?U:d[3]==='"'?nn:tn):i===nn||i===tn?i=U:i===Jt||i===en?i=pe:(i=U,o=void 0);let m=i===U&&r[a+1].startsWith("/>")?" ":"";s+=i===pe?l+Ir:u>=0?(n.push(c),l.slice(0,u)+_e+l.slice(u)+F+m):l+F+(u===-2?(n.push(void 0),a):m)}return[dn(r,s+(r[e]||"<?>")+(t===2?"</svg>":"")),n]},ge=class r{constructor({strings:t,_$litType$:e},n){let o;this.parts=[];let s=0,i=0,a=t.length-1,l=this.parts,[c,d]=hn(t,e);if(this.el=r.createElement(c,n),j.currentNode=this.el.content,e===2){let u=this.el.content,p=u.firstChild;p.remove(),u.append(...p.childNodes)}for(;(o=j.nextNode())!==null&&l.length<a;){if(o.nodeType===1){if(o.hasAttributes()){let u=[];for(let p of o.getAttributeNames())if(p.endsWith(_e)||p.startsWith(F)){let m=d[i++];if(u.push(p),m!==void 0){let g=o.getAttribute(m.toLowerCase()+_e).split(F),x=/([.?@])?(.*)/.exec(m);l.push({type:1,index:s,name:x[2],strings:g,ctor:x[1]==="."?Ce:x[1]==="?"?Pe:x[1]==="@"?Le:W})}else l.push({type:6,index:s})}for(let p of u)o.removeAttribute(p)}if(ln.test(o.tagName)){let u=o.textContent.split(F),p=u.length-1;if(p>0){o.textContent=re?re.emptyScript:"";for(let m=0;m<p;m++)o.append(u[m],me()),j.nextNode(),l.push({type:2,index:++s});o.append(u[p],me())}}}else if(o.nodeType===8)if(o.data===ft)l.push({type:2,index:s});else{let u=-1;for(;(u=o.data.indexOf(F,u+1))!==-1;)l.push({type:7,index:s}),u+=F.length-1}s++}}static createElement(t,e){let n=V.createElement("template");return n.innerHTML=t,n}};function z(r,t,e=r,n){var o,s,i,a;if(t===T)return t;let l=n!==void 0?(o=e._$Co)===null||o===void 0?void 0:o[n]:e._$Cl,c=fe(t)?void 0:t._$litDirective$;return l?.constructor!==c&&((s=l?._$AO)===null||s===void 0||s.call(l,!1),c===void 0?l=void 0:(l=new c(r),l._$AT(r,e,n)),n!==void 0?((i=(a=e)._$Co)!==null&&i!==void 0?i:a._$Co=[])[n]=l:e._$Cl=l),l!==void 0&&(t=z(r,l._$AS(r,t.values),l,n)),t}var Ie=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:n},parts:o}=this._$AD,s=((e=t?.creationScope)!==null&&e!==void 0?e:V).importNode(n,!0);j.currentNode=s;let i=j.nextNode(),a=0,l=0,c=o[0];for(;c!==void 0;){if(a===c.index){let d;c.type===2?d=new oe(i,i.nextSibling,this,t):c.type===1?d=new c.ctor(i,c.name,c.strings,this,t):c.type===6&&(d=new He(i,this,t)),this._$AV.push(d),c=o[++l]}a!==c?.index&&(i=j.nextNode(),a++)}return j.currentNode=V,s}v(t){let e=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(t,n,e),e+=n.strings.length-2):n._$AI(t[e])),e++}},oe=class r{constructor(t,e,n,o){var s;this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=n,this.options=o,this._$Cp=(s=o?.isConnected)===null||s===void 0||s}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=z(this,t,e),fe(t)?t===f||t==null||t===""?(this._$AH!==f&&this._$AR(),this._$AH=f):t!==this._$AH&&t!==T&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):an(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==f&&fe(this._$AH)?this._$AA.nextSibling.data=t:this.$(V.createTextNode(t)),this._$AH=t}g(t){var e;let{values:n,_$litType$:o}=t,s=typeof o=="number"?this._$AC(t):(o.el===void 0&&(o.el=ge.createElement(dn(o.h,o.h[0]),this.options)),o);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===s)this._$AH.v(n);else{let i=new Ie(s,this),a=i.u(this.options);i.v(n),this.$(a),this._$AH=i}}_$AC(t){let e=rn.get(t.strings);return e===void 0&&rn.set(t.strings,e=new ge(t)),e}T(t){sn(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,n,o=0;for(let s of t)o===e.length?e.push(n=new r(this.k(me()),this.k(me()),this,this.options)):n=e[o],n._$AI(s),o++;o<e.length&&(this._$AR(n&&n._$AB.nextSibling,o),e.length=o)}_$AR(t=this._$AA.nextSibling,e){var n;for((n=this._$AP)===null||n===void 0||n.call(this,!1,!0,e);t&&t!==this._$AB;){let o=t.nextSibling;t.remove(),t=o}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},W=class{constructor(t,e,n,o,s){this.type=1,this._$AH=f,this._$AN=void 0,this.element=t,this.name=e,this._$AM=o,this.options=s,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=f}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,n,o){let s=this.strings,i=!1;if(s===void 0)t=z(this,t,e,0),i=!fe(t)||t!==this._$AH&&t!==T,i&&(this._$AH=t);else{let a=t,l,c;for(t=s[0],l=0;l<s.length-1;l++)c=z(this,a[n+l],e,l),c===T&&(c=this._$AH[l]),i||(i=!fe(c)||c!==this._$AH[l]),c===f?t=f:t!==f&&(t+=(c??"")+s[l+1]),this._$AH[l]=c}i&&!o&&this.j(t)}j(t){t===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Ce=class extends W{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===f?void 0:t}},Cr=re?re.emptyScript:"",Pe=class extends W{constructor(){super(...arguments),this.type=4}j(t){t&&t!==f?this.element.setAttribute(this.name,Cr):this.element.removeAttribute(this.name)}},Le=class extends W{constructor(t,e,n,o,s){super(t,e,n,o,s),this.type=5}_$AI(t,e=this){var n;if((t=(n=z(this,t,e,0))!==null&&n!==void 0?n:f)===T)return;let o=this._$AH,s=t===f&&o!==f||t.capture!==o.capture||t.once!==o.once||t.passive!==o.passive,i=t!==f&&(o===f||s);s&&this.element.removeEventListener(this.name,this,o),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,n;typeof this._$AH=="function"?this._$AH.call((n=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&n!==void 0?n:this.element,t):this._$AH.handleEvent(t)}},He=class{constructor(t,e,n){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(t){z(this,t)}},un={O:_e,P:F,A:ft,C:1,M:hn,L:Ie,R:an,D:z,I:oe,V:W,H:Pe,N:Le,U:Ce,F:He},on=Te.litHtmlPolyfillSupport;on?.(ge,oe),((pt=Te.litHtmlVersions)!==null&&pt!==void 0?pt:Te.litHtmlVersions=[]).push("2.8.0");var pn=(r,t,e)=>{var n,o;let s=(n=e?.renderBefore)!==null&&n!==void 0?n:t,i=s._$litPart$;if(i===void 0){let a=(o=e?.renderBefore)!==null&&o!==void 0?o:null;s._$litPart$=i=new oe(t.insertBefore(me(),a),a,void 0,e??{})}return i._$AI(r),i};var gt,yt;var se=class extends R{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let n=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=n.firstChild),n}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=pn(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return T}};se.finalized=!0,se._$litElement$=!0,(gt=globalThis.litElementHydrateSupport)===null||gt===void 0||gt.call(globalThis,{LitElement:se});var mn=globalThis.litElementPolyfillSupport;mn?.({LitElement:se});((yt=globalThis.litElementVersions)!==null&&yt!==void 0?yt:globalThis.litElementVersions=[]).push("3.3.3");var K={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},fn=r=>(...t)=>({_$litDirective$:r,values:t}),Re=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,n){this._$Ct=t,this._$AM=e,this._$Ci=n}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};var{I:Ko}=un;var gn=r=>r.strings===void 0;var Pr={},yn=(r,t=Pr)=>r._$AH=t;var bn=fn(class extends Re{constructor(r){if(super(r),r.type!==K.PROPERTY&&r.type!==K.ATTRIBUTE&&r.type!==K.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!gn(r))throw Error("`live` bindings can only contain a single expression")}render(r){return r}update(r,[t]){if(t===T||t===f)return t;let e=r.element,n=r.name;if(r.type===K.PROPERTY){if(t===e[n])return T}else if(r.type===K.BOOLEAN_ATTRIBUTE){if(!!t===e.hasAttribute(n))return T}else if(r.type===K.ATTRIBUTE&&e.getAttribute(n)===t+"")return T;return yn(r),t}});function Lr(r){let t=r;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint10"||t.dtype==="float32")}function Hr(r){let t=Uint8Array.fromBase64;if(t)return t(r);let e=atob(r),n=new Uint8Array(e.length);for(let o=0;o<e.length;o++)n[o]=e.charCodeAt(o);return n}var Rr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Fr(r,t,e){if(r.byteLength!==t*4)throw new Error(`encoded float32 array has ${r.byteLength} bytes; its shape needs ${t*4}.`);if(e)return new Float32Array(r.buffer.slice(r.byteOffset,r.byteOffset+t*4));let n=new DataView(r.buffer,r.byteOffset,r.byteLength),o=new Float32Array(t);for(let s=0;s<t;s++)o[s]=n.getFloat32(4*s,!0);return o}function Nr(r,t,e){let n=t+Math.ceil(t/4);if(r.byteLength!==n)throw new Error(`encoded uint10 array has ${r.byteLength} bytes; its shape needs ${n}.`);if(!(e>0))throw new Error(`uint10 array needs a positive scale, got ${e}.`);let o=new Float32Array(1024);for(let a=0;a<1024;a++)o[a]=a/e;let s=new Float32Array(t),i=t-t%4;for(let a=0,l=t;a<i;a+=4,l++){let c=r[l];s[a]=o[r[a]|(c&192)<<2],s[a+1]=o[r[a+1]|(c&48)<<4],s[a+2]=o[r[a+2]|(c&12)<<6],s[a+3]=o[r[a+3]|(c&3)<<8]}for(let a=i;a<t;a++){let l=r[t+(a>>2)]>>6-2*(a&3)&3;s[a]=o[r[a]|l<<8]}return s}function q(r){if(!Lr(r))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let t=Hr(r.data),e=r.shape.reduce((o,s)=>o*s,1),n=r.dtype==="uint10"?Nr(t,e,r.scale??0):Fr(t,e,Rr);return{shape:[...r.shape],values:n}}var Fe="attention",Ne="neuron_view",De="nmf";function b(r,t,e){if(!(t in r))throw new Error(`${e} response has no '${t}' field.`);return r[t]}function G(r,t,e){if(!(t.length===e.length&&t.every((o,s)=>e[s]<0||o===e[s]))){let o=e.map(s=>s<0?"?":s).join(", ");throw new Error(`${r} has shape (${t.join(", ")}); expected (${o}).`)}}function bt(r,t,e){if(!Array.isArray(t)||t.length!==e){let n=Array.isArray(t)?t.length:typeof t;throw new Error(`${r} has ${n} entries but there are ${e} tokens.`)}}function vt(r,t){let e=b(r,"tokens",t),n={tokens:e,displayTokens:b(r,"display_tokens",t),specialTokens:b(r,"special_tokens",t),segmentIds:b(r,"segment_ids",t)};return bt("display_tokens",n.displayTokens,e.length),bt("special_tokens",n.specialTokens,e.length),bt("segment_ids",n.segmentIds,e.length),n}var Oe="Special tokens: the tokenizer's markup, such as [CLS], [SEP], <s>, </s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, such as an emoji, and are not special.";function A(r,t){let e=r.displayTokens[t],n=r.tokens[t];return n===e?`${e} (#${t})`:`${e} (#${t}, token ${n})`}function vn(r){let t=r,e=`'${Fe}' interpreter`,n=vt(t,e),o=b(t,"layers",e),s=b(t,"num_heads",e),i=q(b(t,"attention",e)),a=n.tokens.length;G("attention",i.shape,[o.length,s,a,a]);let l=s*a*a,c=o.map((u,p)=>i.values.subarray(p*l,(p+1)*l)),d=typeof t.num_layers=="number"?t.num_layers:null;return{...n,layers:o,numHeads:s,numLayers:d,weights:c}}function Dr(r,t,e){let n=r,o=b(n,"name",`${e} term`),s=q(b(n,"values",`${e} term '${o}'`));return G(`term '${o}'`,s.shape,[t,t]),{name:o,label:String(n.label??o),description:String(n.description??""),values:s.values}}function xn(r){let t=r,e=`'${Ne}' interpreter`,n=vt(t,e),o=n.tokens.length,s=q(b(t,"query",e)),i=q(b(t,"key",e)),a=q(b(t,"attention",e));G("query",s.shape,[o,-1]),G("key",i.shape,s.shape),G("attention",a.shape,[o,o]);let l=b(t,"key_allowed",e),c=null;if(l!=null){let u=q(l);G("key_allowed",u.shape,[o,o]),c=Uint8Array.from(u.values,p=>p>.5?1:0)}let d=b(t,"scale",e);if(!(typeof d=="number"&&Number.isFinite(d)))throw new Error(`${e} response has scale ${d}; expected a finite number.`);return{...n,layer:b(t,"layer",e),head:b(t,"head",e),headDim:s.shape[1],query:s.values,key:i.values,scale:d,scaleLabel:b(t,"scale_label",e),positionTransform:b(t,"position_transform",e),terms:b(t,"terms",e).map(u=>Dr(u,o,e)),keyAllowed:c,attention:a.values}}function $n(r){let t=r,e=`'${De}' interpreter`,n=vt(t,e),o=n.tokens,s=q(b(t,"factors",e));G("factors",s.shape,[-1,o.length]);let i=s.shape[0],a=b(t,"top_neurons",e),l=b(t,"layer_share",e);if(a.length!==i||l.length!==i)throw new Error(`nmf response has ${i} factors but ${a.length} neuron lists and ${l.length} layer shares.`);return{...n,tokenMask:t.token_mask??o.map(()=>!0),layers:b(t,"layers",e),k:i,factors:s.values,topNeurons:a,layerShare:l,reconstructionError:Number(t.reconstruction_error??NaN)}}var Be="head_importance",Ue="ablated_prediction",ye="layer_predictions",je="faithfulness";function Or(r,t){return Array.isArray(r)&&(t==null||r.length===t)&&r.every(e=>typeof e=="number"&&Number.isFinite(e))}function qe(r,t,e){if(!Or(r,e)){let n=e==null?"":`${e} `;throw new Error(`${t} is not a list of ${n}finite numbers.`)}return r}function wn(r,t,e,n){if(!Array.isArray(r)||r.length!==e)throw new Error(`${t} has ${Array.isArray(r)?r.length:"no"} rows; expected ${e}.`);return r.map((o,s)=>qe(o,`${t} row ${s}`,n))}var An=["ablation","gradient"];function kn(r){let t=r,e=`'${Be}' interpreter`,n=b(t,"num_layers",e),o=b(t,"num_heads",e);return{method:b(t,"method",e),numLayers:n,numHeads:o,importance:wn(b(t,"importance",e),"importance",n,o),label:b(t,"label",e),probability:b(t,"probability",e)}}function Sn(r){let t=r,e=`'${Ue}' interpreter`,n=b(t,"labels",e);return{labels:n,probas:qe(b(t,"probas",e),"probas",n.length),probasAblated:qe(b(t,"probas_ablated",e),"probas_ablated",n.length),heads:b(t,"heads",e)}}function $t(r){let t=r,e=`'${ye}' interpreter`,n=b(t,"labels",e),o=b(t,"layers",e);return{labels:n,layers:o,probas:wn(b(t,"probas",e),"probas",o.length,n.length)}}function xt(r,t){if(r==null)return null;if(typeof r!="number"||!Number.isFinite(r))throw new Error(`${t} is ${String(r)}; expected a finite number or null.`);return r}function Mn(r){let t=r,e=`'${je}' interpreter`,n=b(t,"methods",e).map(o=>{let s=b(o,"name",`${e} method`);return{name:s,comprehensiveness:xt(o.comprehensiveness,`${s} comprehensiveness`),sufficiency:xt(o.sufficiency,`${s} sufficiency`),kendallTau:xt(o.kendall_tau,`${s} kendall_tau`),...o.error==null?{}:{error:String(o.error)}}});return{label:b(t,"label",e),probability:b(t,"probability",e),fractions:qe(b(t,"fractions",e),"fractions"),methods:n}}var Tn=Symbol.for(""),qr=r=>{if(r?.r===Tn)return r?._$litStatic$},_n=r=>({_$litStatic$:r,r:Tn});var En=new Map,In=r=>(t,...e)=>{let n=e.length,o,s,i=[],a=[],l,c=0,d=!1;for(;c<n;){for(l=t[c];c<n&&(s=e[c],(o=qr(s))!==void 0);)l+=o+t[++c],d=!0;c!==n&&a.push(s),i.push(l),c++}if(c===n&&i.push(t[n]),d){let u=i.join("$$lit$$");(t=En.get(u))===void 0&&(i.raw=i,En.set(u,t=i)),e=a}return r(t,...e)},Cn=In(h),cs=In(O);var Pn=`/* Layout and status styles shared by lit-ext's modules. */
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
`;var Ve="classification-module";function Ur(r){let t=r.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(r,"shouldDisplayModule")}function jr(){let r=customElements.get(Ve);if(r==null)throw new Error(`lit-ext: LIT's <${Ve}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=r;for(;t!=null&&t!==HTMLElement;){if(Ur(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${Ve}>; this LIT version is not supported.`)}var ze=jr(),Ln=(()=>{let t=customElements.get(Ve)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function B(r,t){return Object.values(r).some(e=>e.interpreters?.includes(t))}function Hn(r){let e=(r instanceof Error?r.message:String(r)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}function _(r){return[Ln,Se`${ue(Pn)}`,Se`${ue(r)}`]}var ie="main",k=class extends ze{constructor(){super();this.requestSeqs=new Map;this.requestsInFlight=new Set;this.requestErrors=new Map;this.data=null}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.properties={data:{state:!0}}}get inputs(){let e=this.selectedInput;return e==null?[]:[e]}accept(e){this.data=e}inputsChanged(){}renderControls(){return f}get loadingMessage(){return"Loading…"}hasInterpreter(e){return this.appState.currentModelInfos[this.model]?.interpreters?.includes(e)??!1}get selectedInput(){return this.selectionService.primarySelectedInputData}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.inputs,this.model],()=>{this.inputsChanged(),this.reload()})}async reload(){let e=this.inputs;if(e.length===0){this.cancel(ie),this.data=null;return}let n=await this.request(ie,this.load(e));n!=null&&this.accept(n)}async request(e,n){let o=(this.requestSeqs.get(e)??0)+1;this.requestSeqs.set(e,o),this.requestsInFlight.add(e),this.requestErrors.delete(e),this.requestUpdate();let s=()=>this.requestSeqs.get(e)===o;try{let i=await this.loadLatest(e,n);return s()?(this.requestsInFlight.delete(e),this.requestUpdate(),i):null}catch(i){return s()&&(this.requestsInFlight.delete(e),this.requestErrors.set(e,Hn(i)),this.setIsLoading(!1),this.requestUpdate()),null}}cancel(e){this.requestSeqs.set(e,(this.requestSeqs.get(e)??0)+1),this.requestsInFlight.delete(e),this.requestErrors.delete(e),this.requestUpdate()}isLoading(e=ie){return this.requestsInFlight.has(e)}errorOf(e=ie){return this.requestErrors.get(e)??null}stateOf(e,n){return this.requestErrors.has(e)?"error":this.requestsInFlight.has(e)?"loading":n?"ready":"empty"}renderStatus(e,n=null,o="Loading…"){let s=this.errorOf(e);return s?h`<div class="status error" role="alert">${s}</div>`:this.isLoading(e)?h`<div class="status" role="status"><div class="spinner"></div>${o}</div>`:n?h`<div class="status hint">${n}</div>`:f}renderImpl(){let e=this.data==null&&this.inputs.length===0?this.emptyMessage:null;return h`
      <div class="module-container">
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(ie,e,this.loadingMessage)}
          ${this.data!=null&&!this.errorOf()?this.renderData(this.data):f}
        </div>
      </div>`}updated(e){super.updated(e),this.dataset.state=this.stateOf(ie,this.data!=null)}};function I(r,t){let e=_n(r);t.template=(n,o,s)=>Cn`<${e} model=${n} .shouldReact=${s}
          selectionServiceIndex=${o}></${e}>`,customElements.define(r,t)}var ae=class{constructor(t){this.onChange=t;this.progress=null;this.controller=null}get running(){return this.controller!=null}async track(t){this.stop();let e=new AbortController;this.controller=e,this.onChange();let n=(o,s)=>{e.signal.aborted||(this.progress=[o,s],this.onChange())};try{return await t({signal:e.signal,onProgress:n})}finally{this.controller===e&&(this.controller=null,this.progress=null,this.onChange())}}stop(){this.controller!=null&&(this.controller.abort(),this.controller=null,this.progress=null,this.onChange())}};function Vr(r,t){if(!(t>=1))throw new Error(`batch size must be at least 1, got ${t}`);let e=[];for(let n=0;n<r.length;n+=t)e.push(r.slice(n,n+t));return e}async function Q(r,t,e,n,o,s,i={}){let a=Math.min(i.batchSize??32,32),l=[];i.onProgress?.(0,t.length);for(let c of Vr(t,a)){i.signal?.throwIfAborted();let d=await r.getInterpretations(c,e,n,o,s,i.message,!0);if(!Array.isArray(d)||d.length!==c.length)throw new Error(`'${o}' returned ${Array.isArray(d)?d.length:"no"} results for ${c.length} examples.`);l.push(...d),i.onBatch?.(c,d),i.onProgress?.(l.length,t.length)}return l}var Rn=`.scope {
  display: inline-flex;
  gap: 4px;
}

.scope .on {
  background: var(--lit-cyea-100, #d5e8ee);
  border-color: var(--lit-cyea-500, #348199);
}

.methods {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 12px;
  padding: 4px 8px;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

.methods label {
  display: inline-flex;
  align-items: center;
  gap: 2px;
}

.summary {
  margin-bottom: 6px;
}

table.faithfulness {
  border-collapse: collapse;
}

table.faithfulness th,
table.faithfulness td {
  padding: 3px 12px 3px 4px;
  text-align: left;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

table.faithfulness .num {
  text-align: right;
  font-family: 'Roboto Mono', monospace;
}

table.faithfulness th.sortable {
  cursor: pointer;
  font-family: 'Roboto', sans-serif;
  white-space: nowrap;
}

table.faithfulness th.sorted {
  text-decoration: underline;
}

table.faithfulness tr.baseline td {
  color: var(--lit-neutral-600, #80868b);
  font-style: italic;
}

.refused {
  margin-left: 6px;
  color: var(--google-red-700, #c5221f);
  font-size: 11px;
  cursor: help;
}

progress {
  width: 120px;
}
`;function X(r){let t=0;for(let e=1;e<r.length;e++)r[e]>r[t]&&(t=e);return t}function We(r){return r.reduce((t,e)=>t+e,0)/r.length}var be=[{key:"comprehensiveness",label:"Comprehensiveness",higherIsBetter:!0,definition:"how much the predicted class's probability drops when the method's top words are deleted, averaged over the fractions of words removed (AOPC)"},{key:"sufficiency",label:"Sufficiency",higherIsBetter:!1,definition:"how much it drops when only the top words are kept (AOPC)"},{key:"kendallTau",label:"Kendall τ",higherIsBetter:!0,definition:"rank correlation of the method's word scores with leave-one-out importance (the drop when that word alone is deleted)"}];function Fn(r){let t=new Map;for(let e of r)for(let n of e.methods)t.set(n.name,[...t.get(n.name)??[],n]);return[...t].map(([e,n])=>{let o={name:e,comprehensiveness:null,sufficiency:null,kendallTau:null,counts:{comprehensiveness:0,sufficiency:0,kendallTau:0},refused:n.filter(s=>s.error!=null).length,errors:[...new Set(n.flatMap(s=>s.error==null?[]:[s.error]))]};for(let{key:s}of be){let i=n.map(a=>a[s]).filter(a=>a!=null);o.counts[s]=i.length,o[s]=i.length?We(i):null}return o})}function Nn(r,t){let n=be.find(o=>o.key===t).higherIsBetter?-1:1;return[...r].sort((o,s)=>{let i=o[t],a=s[t];return i==null||a==null?(i==null?1:0)-(a==null?1:0):n*(i-a)})}var Wr=4,Dn="random",Kr=["LIME"];function Gr(r){return`${Math.round(r*100)}%`}var wt=class extends k{constructor(){super();this.scores=new Map;this.run=new ae(()=>this.requestUpdate());this.emptyMessage="Select examples to score the salience methods on them, or score the whole dataset.";this.scope="selection",this.excluded=new Set(Kr),this.sortKey="comprehensiveness"}static{this.title="Faithfulness of Salience Maps"}static{this.infoMarkdown=`Which salience map to trust (ERASER, DeYoung et al. 2020), for each salience method averaged over the examples; words are deleted from the text, top-scored first.

* **Comprehensiveness** (higher is better): p(predicted class | text) − p(predicted class | text without the method's top words), averaged over removing the top 10, 20 and 50% of the words (AOPC). Deleting truly important words should hurt.
* **Sufficiency** (lower is better): p(predicted class | text) − p(predicted class | only the top words), averaged the same way. The top words alone should be enough.
* **Kendall τ** (higher is better): rank correlation between the method's word scores and leave-one-out importance (the drop when that word alone is deleted).

The **random** row scores words at random: a method that does not beat it explains nothing about this model. Subword scores are summed into words. LIME, by far the slowest, is scored once you tick it.`}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return B(e,je)}static{this.styles=_(Rn)}static{this.properties={scope:{state:!0},excluded:{state:!0},sortKey:{state:!0}}}get inputs(){return this.scope==="dataset"?this.appState.currentInputData:this.selectionService.selectedInputData}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}get methods(){let e=this.appState.metadata?.interpreters??{};return(this.appState.currentModelInfos[this.model]?.interpreters??[]).filter(o=>Object.values(e[o]?.metaSpec??{}).some(s=>s?.name==="TokenSalience"))}get methodsConfig(){let e=this.methods.filter(n=>!this.excluded.has(n));return e.length===this.methods.length?"":e.join(",")}async load(e){let n=this.methodsConfig,o=[this.model,this.appState.currentDataset,n].join("\0"),s=a=>`${o}\0${a.id}`,i=e.filter(a=>!this.scores.has(s(a)));return await this.run.track(a=>Q(this.apiService,i,this.model,this.appState.currentDataset,je,{methods:n},{...a,batchSize:Wr,message:"Scoring the faithfulness of salience maps",onBatch:(l,c)=>c.forEach((d,u)=>this.scores.set(s(l[u]),Mn(d)))})),e.map(a=>this.scores.get(s(a)))}get loadingMessage(){let[e,n]=this.run.progress??[0,0];return n?`Scoring examples: ${e} / ${n}…`:"Scoring…"}inputsChanged(){this.run.stop()}setScope(e){this.scope=e,this.run.stop(),this.reload()}toggleMethod(e){let n=new Set(this.excluded);if(n.delete(e)||n.add(e),this.methods.every(o=>n.has(o))){this.requestUpdate();return}this.excluded=n,this.reload()}renderControls(){let e=this.selectionService.selectedInputData.length,n=this.appState.currentInputData.length,o=this.run.progress;return h`
      <div class="toolbar">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button scope-selection ${this.scope==="selection"?"on":""}"
              @click=${()=>this.setScope("selection")}>Selected (${e})</button>
          <button class="hairline-button scope-dataset ${this.scope==="dataset"?"on":""}"
              @click=${()=>this.setScope("dataset")}>All ${n} examples</button>
        </span>
        ${o?h`
          <progress max=${o[1]} value=${o[0]}></progress>
          <button class="hairline-button stop" @click=${()=>this.setScope("selection")}
              ?hidden=${this.scope!=="dataset"}>Stop</button>`:f}
      </div>
      <div class="methods" role="group" aria-label="Salience methods">
        <span class="hint">Methods</span>
        ${this.methods.map(s=>h`
          <label><input type="checkbox" class="method" data-method=${s}
              .checked=${bn(!this.excluded.has(s))} @change=${()=>this.toggleMethod(s)}
              >${s}</label>`)}
      </div>`}renderData(e){if(e.length===0)return f;let n=Nn(Fn(e),this.sortKey),o=e[0].fractions.map(Gr).join(", "),s=`${e.length} example${e.length===1?"":"s"}`;return h`
      <div class="hint summary">Mean over ${s}; top ${o} of the words removed.
        Click a column to rank by it.</div>
      <table class="faithfulness">
        <thead>
          <tr>
            <th>Method</th>
            ${be.map(i=>h`
              <th class="num sortable ${i.key===this.sortKey?"sorted":""}"
                  data-col=${i.key} title=${`${i.label}: ${i.definition}; ${i.higherIsBetter?"higher":"lower"} is better`}
                  @click=${()=>this.sortKey=i.key}>
                ${i.label} ${i.higherIsBetter?"↑":"↓"}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${n.map(i=>h`
            <tr data-method=${i.name} class=${i.name===Dn?"baseline":""}>
              <td>${i.name===Dn?"random (baseline)":i.name}${i.refused?h`
                <span class="refused" title=${i.errors.join(`
`)}>refused ${i.refused} of ${e.length}</span>`:f}</td>
              ${be.map(({key:a})=>{let l=i[a],c=`over ${i.counts[a]} of ${e.length} examples`;return h`<td class="num" data-col=${a}
                    title=${l==null?"undefined on every example":`${l.toPrecision(6)} ${c}`}>${l==null?"–":l.toFixed(3)}</td>`})}
            </tr>`)}
        </tbody>
      </table>`}updated(e){super.updated(e),Object.assign(this.dataset,{scope:this.scope,sortKey:this.sortKey,methods:this.methodsConfig,examples:String(this.data?.length??0)})}};I("faithfulness-module",wt);function At(r,t){if(r.length!==t.length)throw new Error(`Cannot subtract attention of ${t.length} values from ${r.length} values.`);let e=new Float32Array(r.length);for(let n=0;n<r.length;n++)e[n]=r[n]-t[n];return e}function Ke(r,t,e,n){if(t.length!==e*n*n)throw new Error(`Layer ${r} has ${t.length} values; expected ${e} heads × ${n} × ${n}.`);return Array.from({length:e},(o,s)=>{let i=0,a=0,l=s*n*n;for(let c=0;c<n*n;c++){let d=Math.abs(t[l+c]);a+=d,d>i&&(i=d)}return{layer:r,head:s,maxAbs:i,meanAbs:n>0?a/(n*n):0}})}function Ge(r){return[...r].sort((t,e)=>e.maxAbs-t.maxAbs||e.meanAbs-t.meanAbs||t.layer-e.layer||t.head-e.head)}function qn(r,t,e){let n=0;for(let o of t){let s=o*e*e;for(let i=0;i<e*e;i++)n=Math.max(n,Math.abs(r[s+i]))}return n}function On(r){return(r.length<=8?r:[...r.slice(0,4),"…",...r.slice(-3)]).join(" ")}function Bn(r,t,e,n){if(!(r.tokens.length===t.tokens.length&&r.tokens.every((a,l)=>a===t.tokens[l])))throw new Error(`No difference: '${e}' and '${n}' split this example into different tokens (${r.tokens.length}: ${On(r.tokens)}; ${t.tokens.length}: ${On(t.tokens)}), so their attention cells do not correspond. A difference needs two models with the same tokenizer; compare these side by side (Show: attention).`);if(r.numHeads!==t.numHeads)throw new Error(`No difference: '${e}' has ${r.numHeads} heads per layer and '${n}' ${t.numHeads}; a difference needs the same heads.`);let s=r.allLayers?.join(","),i=t.allLayers?.join(",");if(s!=null&&i!=null&&s!==i)throw new Error(`No difference: '${e}' has layers [${s}] and '${n}' [${i}]; a difference needs the same layers.`)}function Qe(r){if(r.kind==="models")return`Difference A − B, A = ${r.minuend} (this view's model), B = ${r.subtrahend}.`;let t=r.alignment,e=t.added+t.removed>0?` (${t.added} token${t.added===1?"":"s"} only in the selected and ${t.removed} only in the pinned example left out)`:"";return`Difference A − B, A = the selected (edited) example, B = the pinned (original) one, over the ${t.edited.length} tokens they share, aligned by their position in the edit${e}.`}function Un(r,t,e,n){let o=t>=0?"+":"−";return`  head ${String(r).padStart(2)}: ${o}${Math.abs(t).toFixed(4)} (A ${e.toFixed(4)}, B ${n.toFixed(4)})`}var Qr=/^(\[(CLS|SEP|PAD|MASK)\]|<\/?s>|<pad>|<mask>|<cls>|<sep>)$/;function kt(r){return Qr.test(r)}function jn(r){return kt(r)?r:r.replace(/^##(?=.)/,"").replace(/<\/w>$/,"").replace(/^[Ġ▁]+/,"")||"␣"}function Vn(r){let t=r.findIndex(e=>e==="[SEP]"||e==="</s>");return r.map((e,n)=>t>=0&&n>t?1:0)}function Xr(r){let t=r.spec?.output??{},e=new Map;for(let[l,c]of Object.entries(t))c?.name!=="AttentionHeads"||!c.align_in||!(c.align_in in t)||e.set(c.align_in,[...e.get(c.align_in)??[],l]);let n=null;for(let l of e)(n==null||l[1].length>n[1].length)&&(n=l);if(n==null)return null;let[o,s]=n,i=Yr(s),a=s.map((l,c)=>[i[c],l]).sort((l,c)=>l[0]-c[0]);return{tokensField:o,layers:a}}function Yr(r){let t=r.map(o=>{let s=/(\d+)/.exec(o);return s?Number(s[1]):NaN});if(!(t.every(o=>Number.isFinite(o))&&new Set(t).size===t.length))return r.map((o,s)=>s);let n=t.includes(0)?0:1;return t.map(o=>o-n)}function N(r){if(r==null)return null;if(r.interpreters?.includes(Fe))return{kind:"interpreter"};let t=Xr(r);return t?{kind:"predictions",...t}:null}function Ye(r){return Object.values(r).some(t=>N(t)!=null)}var Zr=8,Y=new Map,Xe=new Map,St=new Map;function Jr(r,t){for(Y.delete(r),Y.set(r,t);Y.size>Zr;)Y.delete(Y.keys().next().value)}function eo(r,t){if(r==null)return!1;let e=t??r.allLayers;return e!=null&&e.every(n=>r.layers.has(n))}function to(r,t,e){let n=r;if(!Array.isArray(n)||n.some(s=>!Array.isArray(s)||s.length!==t)){let s=Array.isArray(n)&&Array.isArray(n[0])?n[0].length:"?";throw new Error(`${e} has ${s} positions but the tokens have ${t}.`)}let o=new Float32Array(n.length*t*t);return n.forEach((s,i)=>s.forEach((a,l)=>{if(!Array.isArray(a)||a.length!==t)throw new Error(`${e} row ${l} has ${a?.length} values, not ${t}.`);a.forEach((c,d)=>{o[(i*t+d)*t+l]=c})})),[n.length,o]}async function no(r,t,e,n,o){let s=o.layers.map(([,d])=>d),[i]=await r.getPreds([n],e,t,[],[o.tokensField,...s],"Fetching attention"),a=i[o.tokensField],l=new Map,c=0;for(let[d,u]of o.layers){let[p,m]=to(i[u],a.length,u);c=p,l.set(d,m)}return{tokens:a,displayTokens:a.map(jn),specialTokens:a.map(kt),segmentIds:Vn(a),numHeads:c,allLayers:o.layers.map(([d])=>d),layers:l,source:"predictions"}}async function ro(r,t,e,n,o){let s=o?{layers:o}:{},[i]=await r.getInterpretations([n],e,t,Fe,s,"Fetching attention",!0),a=vn(i),l=a.numLayers!=null?Array.from({length:a.numLayers},(c,d)=>d):o==null?a.layers:St.get(e)??null;return l&&St.set(e,l),{tokens:a.tokens,displayTokens:a.displayTokens,specialTokens:a.specialTokens,segmentIds:a.segmentIds,numHeads:a.numHeads,allLayers:l,layers:new Map(a.layers.map((c,d)=>[c,a.weights[d]])),source:"interpreter"}}function oo(){return new Promise(r=>setTimeout(r,0))}async function D(r,t,e,n,o,s){let i=`${e}\0${t}\0${o.id}`,a=Y.get(i);if(eo(a,s))return a;let l=n.kind==="interpreter"&&s!=null&&St.has(e)?s:null,c=`${i}\0${l?.join(",")??"all"}`,d=Xe.get(c);return d==null&&(d=(l==null?oo().then(()=>Promise.allSettled([...Xe].filter(([p])=>p.startsWith(`${i}\0`)&&p!==c).map(([,p])=>p))):Promise.resolve()).then(()=>n.kind==="interpreter"?ro(r,t,e,o,l):no(r,t,e,o,n)).then(p=>{let m=Y.get(i);return m&&(p.layers.forEach((g,x)=>m.layers.set(x,g)),m.allLayers??=p.allLayers,p=m),Jr(i,p),p}).finally(()=>Xe.delete(c)),Xe.set(c,d)),d}var zn=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function S(r){return r<zn.length?zn[r]:`hsl(${(r*137.508%360).toFixed(1)}, 65%, 42%)`}function Mt(r){if(r.startsWith("#")){let i=parseInt(r.slice(1),16);return[i>>16&255,i>>8&255,i&255]}let[t,e,n]=(r.match(/[\d.]+/g)??["0","0","0"]).map(Number),o=e/100*Math.min(n/100,1-n/100),s=i=>{let a=(i+t/30)%12;return Math.round(255*(n/100-o*Math.max(-1,Math.min(a-3,9-a,1))))};return[s(0),s(8),s(4)]}function le(r,t){let[e,n,o]=Mt(r);return`rgba(${e}, ${n}, ${o}, ${t.toFixed(3)})`}var Et=[33,102,172],Tt=[202,72,34];function Z(r,t){let e=t>0?Math.min(1,Math.abs(r)/t):0,[n,o,s]=r>=0?Et:Tt;return[Math.round(255+(n-255)*e),Math.round(255+(o-255)*e),Math.round(255+(s-255)*e)]}function Ze(r){let[t,e,n]=r>=0?Et:Tt;return`#${(t<<16|e<<8|n).toString(16).padStart(6,"0")}`}function J([r,t,e]){return`rgb(${r}, ${t}, ${e})`}var Wn=[128,134,139];function _t(r,t){let e=t>0?Math.min(1,Math.abs(r)/t):0,n=r>=0?Et:Tt;return[0,1,2].map(o=>Math.round(Wn[o]+(n[o]-Wn[o])*e))}var Kn=Object.getOwnPropertyDescriptor(ze.prototype,"selectionService")?.get;function Gn(r){return Kn?Kn.call({selectionServiceIndex:r}):null}function It(r){let t=Gn(0)?.primarySelectedInputData??null,e=Gn(1)?.primarySelectedInputData??null;return!r.compareExamplesEnabled||t==null||e==null||t.id===e.id?null:[t,e]}function ee(r,t){return r.currentModels.filter(e=>e!==t)}function ce(r,t,e){let n=["attention"];return ee(r,t).length>0&&n.push("models"),e&&It(r)!=null&&n.push("examples"),n}function so(r,t,e){return r==="models"?`difference ${t} − ${e??"other model"}`:r==="examples"?"difference selected − pinned example":"attention"}function Je(r,t,e,n,o,s,i){if(r.length<2)return f;let a=l=>l.target.value;return h`
    <label title="A difference subtracts, cell by cell, the second's attention from the first's.">
      Show
      <select class="dropdown show-mode" @change=${l=>s(a(l))}>
        ${r.map(l=>h`<option value=${l} ?selected=${l===t}>${so(l,e,o)}</option>`)}
      </select>
    </label>
    ${t==="models"&&n.length>1?h`
      <label>B
        <select class="dropdown other-model" @change=${l=>i(a(l))}>
          ${n.map(l=>h`<option value=${l} ?selected=${l===o}>${l}</option>`)}
        </select>
      </label>`:f}`}var ve=class{diff(t,e,n={}){let o;typeof n=="function"?(o=n,n={}):"callback"in n&&(o=n.callback);let s=this.castInput(t,n),i=this.castInput(e,n),a=this.removeEmpty(this.tokenize(s,n)),l=this.removeEmpty(this.tokenize(i,n));return this.diffWithOptionsObj(a,l,n,o)}diffWithOptionsObj(t,e,n,o){var s;let i=v=>{if(v=this.postProcess(v,n),o){setTimeout(function(){o(v)},0);return}else return v},a=e.length,l=t.length,c=1,d=a+l;n.maxEditLength!=null&&(d=Math.min(d,n.maxEditLength));let u=(s=n.timeout)!==null&&s!==void 0?s:1/0,p=Date.now()+u,m=[{oldPos:-1,lastComponent:void 0}],g=this.extractCommon(m[0],e,t,0,n);if(m[0].oldPos+1>=l&&g+1>=a)return i(this.buildValues(m[0].lastComponent,e,t));let x=-1/0,y=1/0,w=()=>{for(let v=Math.max(x,-c);v<=Math.min(y,c);v+=2){let $,M=m[v-1],E=m[v+1];M&&(m[v-1]=void 0);let ne=!1;if(E){let Kt=E.oldPos-v;ne=E&&0<=Kt&&Kt<a}let Wt=M&&M.oldPos+1<l;if(!ne&&!Wt){m[v]=void 0;continue}if(!Wt||ne&&M.oldPos<E.oldPos?$=this.addToPath(E,!0,!1,0,n):$=this.addToPath(M,!1,!0,1,n),g=this.extractCommon($,e,t,v,n),$.oldPos+1>=l&&g+1>=a)return i(this.buildValues($.lastComponent,e,t))||!0;m[v]=$,$.oldPos+1>=l&&(y=Math.min(y,v-1)),g+1>=a&&(x=Math.max(x,v+1))}c++};if(o)(function v(){setTimeout(function(){if(c>d||Date.now()>p)return o(void 0);w()||v()},0)})();else for(;c<=d&&Date.now()<=p;){let v=w();if(v)return v}}addToPath(t,e,n,o,s){let i=t.lastComponent;return i&&!s.oneChangePerToken&&i.added===e&&i.removed===n?{oldPos:t.oldPos+o,lastComponent:{count:i.count+1,added:e,removed:n,previousComponent:i.previousComponent}}:{oldPos:t.oldPos+o,lastComponent:{count:1,added:e,removed:n,previousComponent:i}}}extractCommon(t,e,n,o,s){let i=e.length,a=n.length,l=t.oldPos,c=l-o,d=0;for(;c+1<i&&l+1<a&&this.equals(n[l+1],e[c+1],s);)c++,l++,d++,s.oneChangePerToken&&(t.lastComponent={count:1,previousComponent:t.lastComponent,added:!1,removed:!1});return d&&!s.oneChangePerToken&&(t.lastComponent={count:d,previousComponent:t.lastComponent,added:!1,removed:!1}),t.oldPos=l,c}equals(t,e,n){return n.comparator?n.comparator(t,e):t===e||!!n.ignoreCase&&t.toLowerCase()===e.toLowerCase()}removeEmpty(t){let e=[];for(let n=0;n<t.length;n++)t[n]&&e.push(t[n]);return e}castInput(t,e){return t}tokenize(t,e){return Array.from(t)}join(t){return t.join("")}postProcess(t,e){return t}get useLongestToken(){return!1}buildValues(t,e,n){let o=[],s;for(;t;)o.push(t),s=t.previousComponent,delete t.previousComponent,t=s;o.reverse();let i=o.length,a=0,l=0,c=0;for(;a<i;a++){let d=o[a];if(d.removed)d.value=this.join(n.slice(c,c+d.count)),c+=d.count;else{if(!d.added&&this.useLongestToken){let u=e.slice(l,l+d.count);u=u.map(function(p,m){let g=n[c+m];return g.length>p.length?g:p}),d.value=this.join(u)}else d.value=this.join(e.slice(l,l+d.count));l+=d.count,d.added||(c+=d.count)}}return o}};var Ct=class extends ve{tokenize(t){return t.slice()}join(t){return t}removeEmpty(t){return t}},Qn=new Ct;function Pt(r,t,e){return Qn.diff(r,t,e)}function Xn(r,t){let e={original:[],edited:[],removed:0,added:0},n=0,o=0;for(let s of Pt(r,t)){let i=s.value.length;if(s.removed)n+=i,e.removed+=i;else if(s.added)o+=i,e.added+=i;else{for(let a=0;a<i;a++)e.original.push(n+a),e.edited.push(o+a);n+=i,o+=i}}return e}function Lt(r,t,e,n){if(r.length!==t*e*e)throw new Error(`Attention has ${r.length} values; expected ${t} heads × ${e} × ${e}.`);let o=n.length,s=new Float32Array(t*o*o);for(let i=0;i<t;i++)for(let a=0;a<o;a++){let l=(i*e+n[a])*e;for(let c=0;c<o;c++)s[(i*o+a)*o+c]=r[l+n[c]]}return s}function Yn(r,t){let e=N(r[t]);if(e==null)throw new Error(`Model '${t}' returns no attention.`);return e}async function et(r,t,e,n,o,s,i){let[a,l]=await Promise.all([n,o].map(p=>D(r,t,p,Yn(e,p),s,i)));Bn(a,l,n,o);let c=new Map,d=new Map,u=new Map;for(let p of i??a.allLayers??[...a.layers.keys()]){let[m,g]=[a.layers.get(p),l.layers.get(p)];m==null||g==null||(c.set(p,At(m,g)),d.set(p,m),u.set(p,g))}return{...a,layers:c,allLayers:a.allLayers??l.allLayers,difference:{kind:"models",minuend:n,subtrahend:o,a:d,b:u,alignment:null}}}async function Zn(r,t,e,n,o,s,i){let a=Yn(e,n),[l,c]=await Promise.all([o,s].map(v=>D(r,t,n,a,v,i))),d=Xn(c.tokens,l.tokens);if(d.edited.length===0)throw new Error("No difference: the selected and the pinned example share no tokens.");let u=l.numHeads,[p,m]=[l.tokens.length,c.tokens.length],g=new Map,x=new Map,y=new Map;for(let v of i??l.allLayers??[...l.layers.keys()]){let[$,M]=[l.layers.get(v),c.layers.get(v)];if($==null||M==null)continue;let E=Lt($,u,p,d.edited),ne=Lt(M,u,m,d.original);g.set(v,At(E,ne)),x.set(v,E),y.set(v,ne)}let w=v=>d.edited.map($=>v[$]);return{...l,tokens:w(l.tokens),displayTokens:w(l.displayTokens),specialTokens:w(l.specialTokens),segmentIds:w(l.segmentIds),layers:g,difference:{kind:"examples",minuend:"selected",subtrahend:"pinned",a:x,b:y,alignment:d}}}var te="head-focus",Ht=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(te,{detail:{...e}}))}},P=new Ht;var Jn=`.heads {
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

/* A difference: what A and B are, and the diverging colour key (colors.ts divergingColor). */
.difference-legend {
  margin-bottom: 4px;
  color: var(--lit-neutral-800, #3c4043);
}

.swatch.positive {
  background: #2166ac;
}

.swatch.negative {
  background: #ca4822;
}
`;var L=64,ao=12e3,C=8,lo=150,tr=r=>`${r}px Roboto, sans-serif`;function co(r){return r<=40?[20,13]:r<=128?[16,12]:[13,10]}function nr(r,t,e){let[n,o]=co(t.visible.length);r.font=tr(o);let s=20;for(let m of t.visible)s=Math.max(s,r.measureText(t.labels[m]).width);s=Math.min(lo,Math.ceil(s));let i=Math.min(8,n-6),l=t.numHeads*(i+1)+C+s+C,c=Math.max(80,Math.min(360,e-2*l)),d=Math.max(0,Math.floor((e-c-2*l)/2)),u=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((m,g)=>u[m]=g);let p=6;return{width:Math.max(e,c+2*l),height:p*2+t.visible.length*n,rowHeight:n,fontSize:o,top:p,leftTextRight:d+l-C,rightTextLeft:d+l+c+C,textWidth:s,squareSize:i,rowOf:u}}function Rt(r){return r==="all"?null:[r[0]==="A"?0:1,r[1]==="A"?0:1]}function ho(r,t,e){let n=Rt(r.filter);return n==null||r.segmentIds[t]===n[0]&&r.segmentIds[e]===n[1]}function tt(r,t){return r.top+r.rowOf[t]*r.rowHeight+r.rowHeight/2}function uo(r){return r.diverging?[Ze(1),Ze(-1)]:r.headColors}function er(r,t){let e=r.tokens.length,{weights:n,visible:o,active:s,threshold:i}=r,a=r.diverging?1/r.diverging.extent:1,l=Rt(r.filter),c=r.segmentIds,d=s?.side==="left"?[s.index]:o,u=s?.side==="right"?[s.index]:o;for(let p of r.heads){let m=p*e*e;for(let g of d){if(l&&c[g]!==l[0])continue;let x=m+g*e;for(let y of u){if(l&&c[y]!==l[1])continue;let w=n[x+y],v=r.diverging?Math.abs(w):w;if(v>=i&&v>0){let $=r.diverging?w<0?1:0:p,M=Math.round(v*a*L);t($,g,y,Math.min(L,Math.max(1,M)))}}}}}function rr(r,t,e){r.clearRect(0,0,e.width,e.height);let n=new Int32Array(L+1);er(t,(y,w,v,$)=>n[$]++);let o=1,s=0;for(let y=L;y>=1;y--){if(s>0&&s+n[y]>ao){o=y+1;break}s+=n[y]}let i=0;for(let y=1;y<=L;y++)i+=n[y];let a=e.leftTextRight+C/2,l=e.rightTextLeft-C/2,c=new Float64Array(t.tokens.length);for(let y of t.visible)c[y]=tt(e,y);let d=new Map;er(t,(y,w,v,$)=>{if($<o)return;let M=y*(L+1)+$,E=d.get(M);E==null&&d.set(M,E=new Path2D),E.moveTo(a,c[w]),E.lineTo(l,c[v])}),r.lineWidth=1;let u=uo(t),p=y=>y%(L+1),m=t.diverging?[...d].sort((y,w)=>p(y[0])-p(w[0])):d;for(let[y,w]of m)r.strokeStyle=le(u[Math.floor(y/(L+1))],p(y)/L),r.stroke(w);let g=(o-.5)/L*(t.diverging?t.diverging.extent:1),x=o>1?g:t.threshold;return{lines:s,overBudget:i-s,cutoff:x}}function po(r,t,e){if(r.measureText(t).width<=e)return t;let n=t.length;for(;n>1&&r.measureText(`${t.slice(0,n)}…`).width>e;)n--;return`${t.slice(0,n)}…`}function mo(r,t,e){let n=[];r.font=tr(e.fontSize),r.textBaseline="middle";let o=Rt(t.filter);for(let s of["left","right"]){r.textAlign=s==="left"?"right":"left";let i=s==="left"?e.leftTextRight:e.rightTextLeft;for(let a of t.visible){let l=tt(e,a),c=t.active?.side===s&&t.active.index===a;if(c){let m=s==="left"?i-e.textWidth-2:i-2;r.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",r.fillRect(m,l-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let d=o?o[s==="left"?0:1]:null,u=d!=null&&t.segmentIds[a]!==d;r.fillStyle=u?"#bdc1c6":c?"#202124":"#3c4043";let p=po(r,t.labels[a],e.textWidth);r.fillText(p,i,l),s==="left"&&n.push(p)}}return n}function fo(r,t,e){let n=t.active;if(n==null)return;let o=t.tokens.length,s=e.squareSize,i=n.side==="right";for(let a of t.visible){let[l,c]=i?[a,n.index]:[n.index,a];if(!ho(t,l,c))continue;let d=tt(e,a);t.heads.forEach((u,p)=>{let m=t.weights[u*o*o+l*o+c],[g,x]=t.diverging?[Ze(m),Math.abs(m)/t.diverging.extent]:[t.headColors[u],m],y=i?e.leftTextRight-e.textWidth-C-(p+1)*(s+1):e.rightTextLeft+e.textWidth+C+p*(s+1);r.fillStyle=le(g,Math.min(1,x)),r.fillRect(y,d-s/2,s,s)})}}function or(r,t,e){r.clearRect(0,0,e.width,e.height);let n=mo(r,t,e);return fo(r,t,e),n}function sr(r,t,e,n){for(let o of[r,t])o.style.width=`${e.width}px`,o.style.height=`${e.height}px`;r.width=e.width,r.height=e.height,t.width=Math.round(e.width*n),t.height=Math.round(e.height*n),t.getContext("2d").setTransform(n,0,0,n,0,0)}function ir(r,t,e,n){let o=Math.floor((n-t.top)/t.rowHeight);if(o<0||o>=r.visible.length)return null;let s=(t.leftTextRight+t.rightTextLeft)/2,i=e<s?"left":"right",a=r.numHeads*(t.squareSize+1)+C;return(i==="left"?e>=t.leftTextRight-t.textWidth-a&&e<=t.leftTextRight+C:e>=t.rightTextLeft-C&&e<=t.rightTextLeft+t.textWidth+a)?{side:i,index:r.visible[o]}:null}function ar(r,t,e){return e<0||e>=r.rowOf.length||r.rowOf[e]<0?null:{x:t==="left"?r.leftTextRight-10:r.rightTextLeft+10,y:tt(r,e)}}var go=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],lr=[.01,.02,.05,.1,.2],Ft=class extends k{constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.sceneKey="";this.drawnWeights=null;this.labelsDrawn=[];this.fullLines=null;this.fullResult=null;this.resizeObserver=null;this.laidOut=null;this.emptyMessage="Select an example to see its attention.";this.onFocus=e=>{this.applyFocus(e.detail,!0)};this.onMouseMove=e=>{let n=this.tokenAt(e),o=(s,i)=>s?.side===i?.side&&s?.index===i?.index;this.pinned==null&&!o(n,this.hovered)&&(this.hovered=n,this.repaintActive()),this.showTooltip(e,n)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let n=this.tokenAt(e),o=n&&this.pinned&&n.side===this.pinned.side&&n.index===this.pinned.index;this.pinned=n==null||o?null:n,this.hovered=n};this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=lr[0],this.pinned=null,this.show="attention",this.otherModel=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static shouldDisplayModule(e){return Ye(e)}static{this.styles=_(Jn)}static{this.properties={layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0},show:{state:!0},otherModel:{state:!0}}}connectedCallback(){super.connectedCallback(),P.addEventListener(te,this.onFocus),P.focus?.model===this.model&&this.applyFocus(P.focus,!1)}disconnectedCallback(){super.disconnectedCallback(),P.removeEventListener(te,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e,n){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.reload()),n&&this.scrollIntoView({block:"nearest"}))}inputsChanged(){this.pinned=null}get mode(){return ce(this.appState,this.model,!0).includes(this.show)?this.show:"attention"}get subtrahend(){let e=ee(this.appState,this.model);return this.otherModel!=null&&e.includes(this.otherModel)?this.otherModel:e[0]}get inputs(){let e=It(this.appState);return this.mode==="examples"&&e!=null?e:super.inputs}setShow(e){this.show=e,this.pinned=null,this.reload()}setOtherModel(e){this.otherModel=e,this.reload()}async load(e){let[n]=e,o=this.appState.currentDataset,s=this.appState.currentModelInfos;if(this.mode==="models")return et(this.apiService,o,s,this.model,this.subtrahend,n,[this.layer]);if(this.mode==="examples")return Zn(this.apiService,o,s,this.model,e[0],e[1],[this.layer]);let i=N(this.appState.currentModelInfos[this.model]);if(i==null)throw new Error(`Model '${this.model}' returns no attention.`);return performance.mark("lit-ext:head-view:request"),D(this.apiService,this.appState.currentDataset,this.model,i,n,[this.layer])}accept(e){if(performance.mark("lit-ext:head-view:data",{detail:{tokens:e.tokens.length}}),e.allLayers&&!e.allLayers.includes(this.layer)&&(this.layer=e.allLayers[0],!e.layers.has(this.layer))){this.reload();return}let n=this.data!=null&&this.data.numHeads!==e.numHeads,o=this.data==null&&this.selectedHeads.length===0;(n||o||this.selectedHeads.some(s=>s>=e.numHeads))&&(this.selectedHeads=Array.from({length:e.numHeads},(s,i)=>i)),this.data=e,this.requestUpdate()}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.reload()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(n=>n!==e):[...this.selectedHeads,e].sort((n,o)=>n-o)}soloHead(e){let n=this.data?.numHeads??0,o=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=o?Array.from({length:n},(s,i)=>i):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,n=e?.allLayers??[...e?.layers.keys()??[]],o=d=>this.setLayer(Number(d.target.value)),s=d=>{this.filter=d.target.value},i=d=>{this.threshold=Number(d.target.value)},a=d=>{this.hideSpecial=d.target.checked,this.pinned=null},l=ee(this.appState,this.model),c=ce(this.appState,this.model,!0);return h`
      <div class="toolbar">
        ${Je(c,this.mode,this.model,l,this.subtrahend,d=>this.setShow(d),d=>this.setOtherModel(d))}
        <label>Layer
          <select class="dropdown layer-select" @change=${o} ?disabled=${!n.length}>
            ${n.map(d=>h`<option value=${d} ?selected=${d===this.layer}>${d}</option>`)}
          </select>
        </label>
        ${this.isPair?h`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${s}>
              ${go.map(([d,u])=>h`
                <option value=${d} ?selected=${d===this.filter}>${u}</option>`)}
            </select>
          </label>`:f}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${i}>
            ${lr.map(d=>h`
              <option value=${d} ?selected=${d===this.threshold}>${d}</option>`)}
          </select>
        </label>
        <label title=${Oe}><input type="checkbox" class="hide-special"
            .checked=${this.hideSpecial} @change=${a}>Hide special tokens</label>
      </div>
      ${e?this.renderHeads(e.numHeads):f}`}renderHeads(e){let n=()=>{this.selectedHeads=Array.from({length:e},(o,s)=>s)};return h`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(o,s)=>{let i=this.selectedHeads.includes(s),a=S(s);return h`
            <button class="head-chip ${i?"on":""}" data-head=${s}
                style="--head-color: ${a}" aria-pressed=${i}
                title="Head ${s}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(s)} @dblclick=${()=>this.soloHead(s)}>
              ${s}
            </button>`})}
        <button class="hairline-button" @click=${n}>All</button>
        <button class="hairline-button" @click=${()=>this.selectedHeads=[]}>None</button>
      </div>`}renderData(){return h`
      <div class="hint legend">${this.legendText()}<span class="line-stats"></span></div>
      <div class="canvas-stack">
        <canvas class="lines"></canvas>
        <canvas class="labels" @mousemove=${this.onMouseMove}
            @mouseleave=${this.onMouseLeave} @click=${this.onCanvasClick}></canvas>
      </div>
      <div class="tooltip" hidden></div>`}legendText(){let e=this.pinned?"Click the pinned token again (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it.";return h`${this.renderDifferenceLegend()}Left: attending tokens; right: attended tokens. ${e}`}renderDifferenceLegend(){let e=this.data,n=e?.difference,o=e?.layers.get(this.layer);if(e==null||n==null||o==null)return f;let s=e.tokens.length,i=Ge(Ke(this.layer,o,e.numHeads,s)).slice(0,4),a=this.differenceExtent(o);return h`
      <div class="difference-legend">
        <div>${Qe(n)}</div>
        <div>
          <span class="swatch positive"></span>A attends more
          <span class="swatch negative"></span>B attends more;
          opacity = |Δ| / ${a.toFixed(3)} (this layer's largest change), largest on top.
          Most changed heads: ${i.map(l=>`H${l.head} (max |Δ| ${l.maxAbs.toFixed(3)}, mean ${l.meanAbs.toFixed(4)})`).join(", ")}.
        </div>
      </div>`}differenceExtent(e){let n=this.data,o=Array.from({length:n.numHeads},(s,i)=>i);return qn(e,o,n.tokens.length)||1}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let n=Math.floor(e.clientWidth-16);n>0&&n!==this.canvasWidth&&(this.canvasWidth=n,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.observeWidth(),this.redraw()}buildScene(){let e=this.data,n=e?.layers.get(this.layer);if(e==null||n==null)return null;let o=e.tokens.map((s,i)=>i).filter(s=>!this.hideSpecial||!e.specialTokens[s]);return{tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:n,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(s,i)=>S(i)),visible:o,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null,diverging:e.difference?{extent:this.differenceExtent(n)}:null}}canvases(){let e=this.renderRoot.querySelector("canvas.lines"),n=this.renderRoot.querySelector("canvas.labels");return e&&n?[e,n]:null}redraw(){let e=this.buildScene();this.scene=e;let n=this.canvases();if(e==null||n==null||this.canvasWidth<=0)return;let[o,s]=n,i=[this.mode,this.layer,e.heads.join(","),e.filter,e.threshold,e.visible.length,this.canvasWidth].join("|");if(i!==this.sceneKey||e.weights!==this.drawnWeights||o!==this.laidOut||this.geometry==null){this.sceneKey=i,this.laidOut=o,this.drawnWeights=e.weights,this.fullLines=null,this.fullResult=null;let a=nr(s.getContext("2d"),e,this.canvasWidth);this.geometry=a,sr(o,s,a,window.devicePixelRatio||1)}this.paint()}paint(){let e=this.canvases(),n=this.scene,o=this.geometry;if(e==null||n==null||o==null)return;let[s,i]=e,a=s.getContext("2d"),l;if(n.active==null&&this.fullLines&&this.fullResult)a.clearRect(0,0,o.width,o.height),a.drawImage(this.fullLines,0,0),l=this.fullResult;else{if(n.active!=null&&this.fullLines==null&&this.fullResult!=null){let d=document.createElement("canvas");d.width=s.width,d.height=s.height,d.getContext("2d").drawImage(s,0,0),this.fullLines=d}l=rr(a,n,o),n.active==null&&(this.fullResult=l)}this.labelsDrawn=or(i.getContext("2d"),n,o),this.describeLines(l);let c=n.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:c,lines:l.lines}})})}describeLines(e){Object.assign(this.dataset,{source:this.data?.source??"",layer:String(this.layer),filter:this.scene?.filter??"",show:this.data?.difference?this.mode:"attention",extent:this.scene?.diverging?String(this.scene.diverging.extent):"",heads:this.scene?.heads.join(",")??"",tokens:String(this.scene?.tokens.length??0),lines:String(e.lines),hiddenLines:String(e.overBudget),active:this.scene?.active?`${this.scene.active.side}:${this.scene.active.index}`:""});let n=this.renderRoot.querySelector(".line-stats");if(n==null)return;let o=e.lines.toLocaleString("en-US"),s=this.scene?.diverging?"|Δ|":"weights";n.textContent=e.overBudget>0?`${o} strongest lines drawn (${s} ≥ ${e.cutoff.toFixed(3)}); ${e.overBudget.toLocaleString("en-US")} weaker ones hidden to stay fast.`:`${o} lines (${s} ≥ ${e.cutoff}).`}repaintActive(){this.scene!=null&&(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint())}drawnLabels(){return[...this.labelsDrawn]}tokenPosition(e,n){return this.geometry?ar(this.geometry,e,n):null}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let n=e.target.getBoundingClientRect();return ir(this.scene,this.geometry,e.clientX-n.left,e.clientY-n.top)}showTooltip(e,n){let o=this.renderRoot.querySelector(".tooltip");if(o==null)return;let s=e&&n?this.tooltipText(n):"";o.hidden=!s,!(!s||!e)&&(o.textContent=s,o.style.left=`${e.clientX+14}px`,o.style.top=`${e.clientY+10}px`)}tooltipText(e){let n=this.scene,o=this.data;if(n==null||o==null)return"";let s=p=>A(o,p),i=this.pinned??this.hovered,a=n.tokens.length;if(i==null||i.side===e.side){let p=e.side==="left"?"attends from":"is attended by";return`${s(e.index)}
layer ${this.layer}: ${p} the lines shown`+(this.pinned?"":`
click to pin`)}let[l,c]=i.side==="left"?[i.index,e.index]:[e.index,i.index],d=o.difference,u=n.heads.map(p=>{let m=p*a*a+l*a+c,g=n.weights[m];return d?Un(p,g,d.a.get(this.layer)[m],d.b.get(this.layer)[m]):`  head ${String(p).padStart(2)}: ${g.toFixed(4)}`});return`${s(l)} → ${s(c)}, layer ${this.layer}
${u.join(`
`)}`}};I("head-view-module",Ft);function Nt(r,t,e={left:28,right:8,top:8,bottom:18}){return{width:r,height:t,left:e.left,right:r-e.right,top:e.top,bottom:t-e.bottom}}function xe(r,t,e){return r.left+(t+.5)*(r.right-r.left)/e}function H(r,t){let e=Math.min(1,Math.max(0,t));return r.bottom-e*(r.bottom-r.top)}function cr(r,t,e=.7){return e*(r.right-r.left)/t}function dr(r,t){if(r.length!==t.length)throw new Error(`${r.length} layer predictions for ${t.length} labels.`);if(r.length===0)throw new Error("No examples to score.");let e=r[0].layers,n=e.map(()=>0),o=new Map,s=0;return r.forEach((i,a)=>{if(i.layers.length!==e.length)throw new Error(`Example ${a} has ${i.layers.length} layers, not ${e.length}.`);let l=t[a]?i.labels.indexOf(t[a]):-1;l<0||(s++,o.set(l,(o.get(l)??0)+1),i.probas.forEach((c,d)=>{X(c)===l&&n[d]++}))}),{layers:e,correct:n,scored:s,skipped:r.length-s,accuracy:n.map(i=>s?i/s:NaN),majority:s?Math.max(...o.values())/s:NaN}}var hr=`.panel {
  padding: 6px 8px;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

.legend {
  display: flex;
  gap: 12px;
  margin-bottom: 4px;
  font-size: 12px;
}

.charts {
  display: flex;
  flex-wrap: wrap;
  gap: 8px 16px;
}

figure.example {
  margin: 0;
}

figcaption {
  max-width: 260px;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  font-size: 12px;
}

svg .grid {
  stroke: var(--lit-neutral-200, #e8eaed);
}

svg .tick,
svg .value {
  fill: var(--lit-neutral-600, #80868b);
  font-size: 10px;
}

svg .line {
  fill: none;
  stroke-width: 1.5;
}

svg .majority {
  stroke: var(--lit-neutral-700, #5f6368);
  stroke-dasharray: 4 3;
}

svg .bar {
  fill: var(--lit-cyea-400, #5fa1b5);
}

progress {
  width: 120px;
}
`;var bo=8,nt="dataset";function Dt(r){return r==="embeddings"?"emb":r}function ur(r){return[0,.5,1].map(t=>O`
    <line class="grid" x1=${r.left} x2=${r.right} y1=${H(r,t)} y2=${H(r,t)}></line>
    <text class="tick" x=${r.left-4} y=${H(r,t)+3} text-anchor="end">${t}</text>`)}function pr(r,t){return t.map((e,n)=>O`
    <text class="tick" x=${xe(r,n,t.length)} y=${r.bottom+12}
        text-anchor="middle">${Dt(e)}</text>`)}function mr(r){return[r.left,r.right,r.top,r.bottom].join(",")}var Ot=class extends k{constructor(){super();this.run=new ae(()=>this.requestUpdate());this.emptyMessage="Select examples to see their prediction layer by layer.";this.accuracy=null}static{this.title="Layer Predictions"}static{this.infoMarkdown="When does the label appear? The model's own classification head applied to each layer's hidden state at the pooling position ([CLS], <s>), from the embeddings up; the last layer's row is the model's prediction. Per selected example: the probability of each class by layer. Over the dataset: the accuracy of each layer's predicted class against the gold labels."}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return B(e,ye)}static{this.styles=_(hr)}static{this.properties={accuracy:{state:!0}}}get inputs(){return this.selectionService.selectedInputData}connectedCallback(){super.connectedCallback(),this.react(()=>[this.model,this.appState.currentDataset],()=>this.stopScoring())}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}async load(e){let n=e.slice(0,bo);return(await Q(this.apiService,n,this.model,this.appState.currentDataset,ye,{},{message:"Predicting layer by layer"})).map((s,i)=>({input:n[i],layers:$t(s)}))}goldField(){let e=this.appState.currentModelInfos[this.model]?.spec?.output??{};return Object.values(e).find(o=>o?.name==="MulticlassPreds")?.parent??null}async scoreDataset(){let e=this.appState.currentInputData,n=this.goldField();this.accuracy=null;let o=this.run.track(i=>Q(this.apiService,e,this.model,this.appState.currentDataset,ye,{},{...i,message:"Predicting layer by layer over the dataset"})),s=await this.request(nt,o.then(i=>dr(i.map($t),e.map(a=>n==null?null:a.data[n]))));s!=null&&(this.accuracy=s)}stopScoring(){this.run.stop(),this.accuracy=null,this.cancel(nt)}renderControls(){let e=this.appState.currentInputData.length,n=this.run.running,[o,s]=this.run.progress??[0,e];return h`
      <div class="toolbar">
        <button class="hairline-button score-dataset" ?disabled=${n||e===0}
            @click=${()=>this.scoreDataset()}>
          Accuracy by layer over the dataset (${e} examples)</button>
        ${n?h`
          <progress class="dataset-progress" max=${s} value=${o}></progress>
          <span class="hint">${o} / ${s}</span>
          <button class="hairline-button stop" @click=${()=>this.stopScoring()}>Stop</button>`:f}
      </div>
      ${this.renderAccuracy()}`}renderAccuracy(){let e=this.renderStatus(nt),n=this.accuracy;if(n==null)return e===f?f:h`<div class="panel">${e}</div>`;let o=Nt(Math.max(240,36*n.layers.length),120),s=n.layers.length,i=cr(o,s),a=n.skipped?`; ${n.skipped} without a gold label the model predicts were left out`:"";return h`
      <div class="panel accuracy">
        <div class="hint">Accuracy of each layer's predicted class over ${n.scored}
          examples${a}. Dashed: the most frequent label's share (chance level).</div>
        <svg class="accuracy-chart" width=${o.width} height=${o.height}
            data-area=${mr(o)}>
          ${ur(o)}
          ${n.accuracy.map((l,c)=>O`
            <rect class="bar" x=${xe(o,c,s)-i/2} y=${H(o,l)}
                width=${i} height=${o.bottom-H(o,l)}
                data-layer=${n.layers[c]}>
              <title>${Dt(n.layers[c])}: ${n.correct[c]} / ${n.scored} = ${l.toFixed(3)}</title>
            </rect>
            <text class="value" x=${xe(o,c,s)} y=${H(o,l)-3}
                text-anchor="middle">${l.toFixed(2)}</text>`)}
          <line class="majority" x1=${o.left} x2=${o.right} y1=${H(o,n.majority)}
              y2=${H(o,n.majority)}>
            <title>Always predicting the most frequent label: ${n.majority.toFixed(3)}</title>
          </line>
          ${pr(o,n.layers)}
        </svg>
      </div>`}renderData(e){let n=this.inputs.length-e.length,o=e[0]?.layers.labels??[];return h`
      <div class="legend">
        ${o.map((s,i)=>h`
          <span class="legend-item"><span class="swatch"
              style="background: ${S(i)}"></span>${s}</span>`)}
      </div>
      <div class="charts">
        ${e.map(s=>this.renderExample(s))}
      </div>
      ${n>0?h`<div class="hint">${n} more selected examples are not shown.</div>`:f}`}renderExample({input:e,layers:n}){let o=Nt(Math.max(200,26*n.layers.length),110),s=n.layers.length,i=Object.values(e.data).find(l=>typeof l=="string"),a=n.labels[X(n.probas[s-1])];return h`
      <figure class="example" data-id=${e.id}>
        <figcaption title=${i??e.id}>${i??e.id}</figcaption>
        <svg class="layer-chart" width=${o.width} height=${o.height}
            data-area=${mr(o)}>
          ${ur(o)}
          ${n.labels.map((l,c)=>{let d=n.probas.map((u,p)=>[xe(o,p,s),H(o,u[c])]);return O`
              <polyline class="line" stroke=${S(c)}
                  points=${d.map(u=>u.join(",")).join(" ")}></polyline>
              ${d.map(([u,p],m)=>O`
                <circle class="point" cx=${u} cy=${p} r="3" fill=${S(c)}
                    data-class=${l} data-layer=${n.layers[m]}>
                  <title>${l} at ${Dt(n.layers[m])}: ${n.probas[m][c].toFixed(3)}</title>
                </circle>`)}`})}
          ${pr(o,n.layers)}
        </svg>
        <div class="hint">Prediction: ${a}</div>
      </figure>`}updated(e){super.updated(e),this.dataset.accuracy=this.stateOf(nt,this.accuracy!=null),this.dataset.charts=String(this.data?.length??0)}};I("layer-predictions-module",Ot);function fr(r){if(r.length===0)throw new Error("No head importance to average.");let[t]=r;for(let o of r)if(o.numLayers!==t.numLayers||o.numHeads!==t.numHeads||o.method!==t.method)throw new Error(`Head importance of different shapes or methods: ${t.numLayers}×${t.numHeads} ${t.method} and ${o.numLayers}×${o.numHeads} ${o.method}.`);let e=t.importance.map((o,s)=>o.map((i,a)=>We(r.map(l=>l.importance[s][a])))),n=Math.max(0,...e.flat().map(Math.abs));return{method:t.method,numLayers:t.numLayers,numHeads:t.numHeads,values:e,examples:r.length,extent:n}}function $e(r,t){return`${r}:${t}`}function rt(r){return[...r].map(t=>t.split(":").map(Number)).sort((t,e)=>t[0]-e[0]||t[1]-e[1]).map(([t,e])=>$e(t,e)).join(",")}var gr=`.grid {
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

.thumb-cell {
  position: relative;
  line-height: 0;
}

/* A switched-off head: faded, crossed out. */
.thumb-cell.off .thumb {
  opacity: 0.35;
}

.thumb-cell.off::after {
  content: '';
  position: absolute;
  inset: 0;
  pointer-events: none;
  background:
    linear-gradient(to top right, transparent calc(50% - 1.5px), var(--google-red-500, #ea4335) calc(50% - 1.5px),
                    var(--google-red-500, #ea4335) calc(50% + 1.5px), transparent calc(50% + 1.5px));
}

.panel {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 10px;
  padding: 6px 8px;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

.panel .status {
  padding: 0;
}

.ablation {
  flex-direction: column;
  align-items: flex-start;
}

.ablation-heads {
  display: flex;
  align-items: center;
  gap: 10px;
}

.prediction-change {
  border-collapse: collapse;
  font-size: 12px;
}

.prediction-change th,
.prediction-change td {
  padding: 2px 10px 2px 0;
  text-align: left;
}

.prediction-change .num {
  text-align: right;
  font-family: 'Roboto Mono', monospace;
  white-space: nowrap;
}

.prediction-change tr.predicted td:first-child {
  font-weight: 500;
}

.prediction-change .bar {
  display: inline-block;
  height: 8px;
  margin-right: 6px;
  background: var(--lit-cyea-400, #5fa1b5);
  vertical-align: middle;
}

.verdict {
  font-size: 12px;
  color: var(--lit-neutral-700, #5f6368);
}

.verdict.changed {
  color: var(--google-red-700, #c5221f);
  font-weight: 500;
}

/* A difference: the colour key and the most changed heads (colors.ts divergingColor). */
.difference-panel {
  flex-direction: column;
  align-items: flex-start;
}

.difference-panel .ranking {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px;
}

.swatch.positive {
  background: #2166ac;
}

.swatch.negative {
  background: #ca4822;
}

.rank-badge {
  position: absolute;
  top: 1px;
  left: 1px;
  z-index: 1;
  padding: 0 3px;
  border-radius: 3px;
  background: rgba(32, 33, 36, 0.8);
  color: white;
  font: 500 10px/14px 'Roboto', sans-serif;
  pointer-events: none;
}
`;function xo(r){let t=Math.abs(r).toFixed(3);return Number(t)===0?t:`${r>0?"+":"−"}${t}`}function yr(r,t){return h`
    <td class="num" data-col=${r} data-value=${t} title=${t.toPrecision(6)}>
      <span class="bar" style="width: ${Math.round(48*t)}px"></span>${t.toFixed(3)}</td>`}function br(r){let t=X(r.probas),e=X(r.probasAblated),n=r.heads.length===0?"No head is switched off.":t===e?`The prediction stays ${r.labels[t]}.`:`The prediction changes: ${r.labels[t]} → ${r.labels[e]}.`;return h`
    <table class="prediction-change">
      <thead>
        <tr><th>Class</th><th class="num">Full model</th><th class="num">Heads off</th>
          <th class="num">Δ</th></tr>
      </thead>
      <tbody>
        ${r.labels.map((o,s)=>h`
          <tr data-class=${o} class=${s===e?"predicted":""}>
            <td>${o}</td>
            ${yr("before",r.probas[s])}
            ${yr("after",r.probasAblated[s])}
            <td class="num delta" data-col="delta">${xo(r.probasAblated[s]-r.probas[s])}</td>
          </tr>`)}
      </tbody>
    </table>
    <div class="verdict ${t===e?"":"changed"}">${n}</div>`}function vr(r,t,e,n,[o,s,i]){let a=Math.min(n,r.width),l=new Float32Array(a*a),c=e*n*n;for(let u=0;u<n;u++){let p=Math.floor(u*a/n)*a;for(let m=0;m<n;m++){let g=p+Math.floor(m*a/n),x=t[c+u*n+m];x>l[g]&&(l[g]=x)}}let d=new ImageData(a,a);for(let u=0;u<a*a;u++){let p=Math.sqrt(Math.min(1,l[u]));d.data[4*u]=Math.round(255+(o-255)*p),d.data[4*u+1]=Math.round(255+(s-255)*p),d.data[4*u+2]=Math.round(255+(i-255)*p),d.data[4*u+3]=255}xr(r,d)}function xr(r,t){let e=t.width,n=document.createElement("canvas");n.width=e,n.height=e,n.getContext("2d").putImageData(t,0,0);let o=r.getContext("2d");o.imageSmoothingEnabled=!1,o.clearRect(0,0,r.width,r.height),o.drawImage(n,0,0,r.width,r.height)}function $o(r,t,e,n){n=Math.min(e,n);let o=new Float32Array(n*n),s=t*e*e;for(let i=0;i<e;i++){let a=Math.floor(i*n/e)*n;for(let l=0;l<e;l++){let c=a+Math.floor(l*n/e),d=r[s+i*e+l];Math.abs(d)>Math.abs(o[c])&&(o[c]=d)}}return o}function wo(r,t){let e=t>0?Math.sqrt(Math.min(1,Math.abs(r)/t)):0;return Z(r>=0?e:-e,1)}function $r(r,t,e,n,o){let s=$o(t,e,n,r.width),i=Math.round(Math.sqrt(s.length)),a=new ImageData(i,i);s.forEach((l,c)=>{a.data.set([...wo(l,o),255],4*c)}),xr(r,a)}var wr=[48,72,104],ot="importance",we="ablation",Ar=8,qt=class extends k{constructor(){super();this.ranking=[];this.extent=1;this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.emptyMessage="Select an example to see its attention.";this.size=wr[1],this.selected=null,this.clickAction="open",this.switchedOff=new Set,this.ablation=null,this.colorByImportance=!1,this.importanceMethod="ablation",this.importance=null,this.show="attention",this.otherModel=null}static{this.title="Attention: Model View"}static{this.infoMarkdown=`Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view. With "Click a head to: switch it off", clicks switch heads off (their context vectors zeroed) and the example's prediction is shown with and without them. "Colour by importance" colours each head by how much the prediction depends on it, averaged over the selected examples: ablation = the drop in the predicted class's probability when the head alone is switched off (blue: it supports the prediction, orange: it works against it); gradient = |∂L/∂ξ| for a gate ξ on the head (Michel et al. 2019).`}static{this.numCols=6}static shouldDisplayModule(e){return Ye(e)}static{this.styles=_(gr)}static{this.properties={size:{state:!0},selected:{state:!0},clickAction:{state:!0},switchedOff:{state:!0},ablation:{state:!0},colorByImportance:{state:!0},importanceMethod:{state:!0},importance:{state:!0},show:{state:!0},otherModel:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectionService.selectedInputData,this.model],()=>this.loadImportance())}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame)}get mode(){return ce(this.appState,this.model,!1).includes(this.show)?this.show:"attention"}get subtrahend(){let e=ee(this.appState,this.model);return this.otherModel!=null&&e.includes(this.otherModel)?this.otherModel:e[0]}get inputs(){return this.mode,super.inputs}async load([e]){if(this.mode==="models")return et(this.apiService,this.appState.currentDataset,this.appState.currentModelInfos,this.model,this.subtrahend,e,null);let n=N(this.appState.currentModelInfos[this.model]);if(n==null)throw new Error(`Model '${this.model}' returns no attention.`);return D(this.apiService,this.appState.currentDataset,this.model,n,e,null)}inputsChanged(){this.loadAblation()}accept(e){let n=e.tokens.length;this.ranking=e.difference?Ge([...e.layers].flatMap(([o,s])=>Ke(o,s,e.numHeads,n))):[],this.extent=this.ranking[0]?.maxAbs||1,super.accept(e)}setShow(e){this.show=e,this.reload()}setOtherModel(e){this.otherModel=e,this.reload()}async loadAblation(){let e=this.selectedInput;if(e==null||this.switchedOff.size===0&&this.clickAction==="open"){this.cancel(we),this.ablation=null;return}let n=this.apiService.getInterpretations([e],this.model,this.appState.currentDataset,Ue,{heads:rt(this.switchedOff)},"Predicting with heads switched off",!0),o=await this.request(we,n.then(([s])=>Sn(s)));o!=null&&(this.ablation=o)}async loadImportance(){let e=this.selectionService.selectedInputData;if(!this.colorByImportance||e.length===0){this.cancel(ot),this.importance=null;return}let n=Q(this.apiService,e,this.model,this.appState.currentDataset,Be,{method:this.importanceMethod},{message:"Measuring head importance"}),o=await this.request(ot,n.then(s=>fr(s.map(kn))));o!=null&&(this.importance=o)}onThumbnail(e,n){if(this.clickAction==="open"){this.selected=[e,n],P.focusHead({model:this.model,layer:e,head:n});return}let o=$e(e,n),s=new Set(this.switchedOff);s.delete(o)||s.add(o),this.switchedOff=s,this.loadAblation()}switchAllOn(){this.switchedOff=new Set,this.loadAblation()}renderControls(){let e=a=>a.target.value,n=a=>{this.clickAction=e(a),this.loadAblation()},o=a=>{this.colorByImportance=a.target.checked,this.loadImportance()},s=a=>{this.importanceMethod=e(a),this.loadImportance()},i=ee(this.appState,this.model);return h`
      <div class="toolbar">
        ${Je(ce(this.appState,this.model,!1),this.mode,this.model,i,this.subtrahend,a=>this.setShow(a),a=>this.setOtherModel(a))}
        <label>Size
          <select class="dropdown size-select" @change=${a=>{this.size=Number(e(a))}}>
            ${wr.map(a=>h`<option value=${a} ?selected=${a===this.size}>${a}px</option>`)}
          </select>
        </label>
        ${this.hasInterpreter(Ue)?h`
          <label title=${"A switched-off head has its context vector zeroed before the attention output projection."}>Click a head to
            <select class="dropdown click-action" @change=${n}>
              <option value="open" ?selected=${this.clickAction==="open"}>open it in the head view</option>
              <option value="switch-off" ?selected=${this.clickAction==="switch-off"}>switch it off</option>
            </select>
          </label>`:h`<span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>`}
        ${this.hasInterpreter(Be)&&this.mode==="attention"?h`
          <label><input type="checkbox" class="color-by-importance"
              .checked=${this.colorByImportance} @change=${o}>Colour by importance</label>
          <select class="dropdown importance-method" ?disabled=${!this.colorByImportance}
              @change=${s} title="How head importance is measured">
            ${An.map(a=>h`
              <option value=${a} ?selected=${a===this.importanceMethod}>${a}</option>`)}
          </select>`:f}
      </div>
      ${this.renderImportanceLegend()}
      ${this.renderAblation()}`}renderImportanceLegend(){if(!this.colorByImportance||this.mode!=="attention")return f;let e=this.importance,n=this.renderStatus(ot,null,"Measuring head importance…");if(e==null)return h`<div class="panel">${n}</div>`;let o=e.extent,s=a=>h`<span class="swatch"
        style="background: ${J(_t(a,o))}"></span>`,i=`${e.examples} selected example${e.examples===1?"":"s"}`;return h`
      <div class="panel importance-legend">
        ${n}
        <span class="hint">Head importance (${e.method}), mean over ${i}:</span>
        ${e.method==="ablation"?h`${s(-o)}−${o.toFixed(3)}`:f}
        ${s(0)}0 ${s(o)}${o.toFixed(3)}
      </div>`}renderAblation(){if(this.clickAction==="open"&&this.switchedOff.size===0)return f;let e=rt(this.switchedOff).split(",").filter(Boolean);return h`
      <div class="panel ablation">
        <div class="ablation-heads">
          <span class="hint">${e.length?`Switched off (layer:head): ${e.join(", ")}`:"Click heads to switch them off."}</span>
          ${e.length?h`<button class="hairline-button switch-all-on"
              @click=${()=>this.switchAllOn()}>Switch all on</button>`:f}
        </div>
        ${this.renderStatus(we,null,"Predicting…")}
        ${this.ablation&&!this.errorOf(we)?br(this.ablation):f}
      </div>`}renderDifferencePanel(e){let n=e.difference;if(n==null)return f;let o=s=>this.onThumbnail(s.layer,s.head);return h`
      <div class="panel difference-panel">
        <div>${Qe(n)}
          <span class="swatch positive"></span>A attends more
          <span class="swatch negative"></span>B attends more;
          full colour = |Δ| ${this.extent.toFixed(3)}, the largest change of any head.</div>
        <div class="ranking">
          <span class="hint">Most changed (max |Δ|, mean |Δ|):</span>
          ${this.ranking.slice(0,Ar).map((s,i)=>h`
            <button class="hairline-button ranked-head" data-layer=${s.layer}
                data-head=${s.head} data-rank=${i+1} @click=${()=>o(s)}>
              ${i+1}. L${s.layer} H${s.head} ${s.maxAbs.toFixed(3)}, ${s.meanAbs.toFixed(4)}
            </button>`)}
        </div>
      </div>`}rankOf(e,n){return this.ranking.slice(0,Ar).findIndex(o=>o.layer===e&&o.head===n)+1}thumbnailTitle(e,n){let o=this.data?.difference?this.ranking.find(l=>l.layer===e&&l.head===n):void 0;if(o)return`Layer ${e}, head ${n}: max |Δ| ${o.maxAbs.toFixed(4)}, mean |Δ| ${o.meanAbs.toFixed(4)}`;let s=this.colorByImportance?this.importance?.values[e]?.[n]:void 0,i=s==null?"":`, importance ${s.toFixed(4)}`,a=this.clickAction==="open"?"click to open in the head view":this.switchedOff.has($e(e,n))?"switched off: click to switch it on":"click to switch it off";return`Layer ${e}, head ${n}${i}: ${a}`}renderData(e){let n=[...e.layers.keys()].sort((i,a)=>i-a),o=Array.from({length:e.numHeads},(i,a)=>a),s=e.difference!=null;return h`
      ${this.renderDifferencePanel(e)}
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${o.map(i=>h`<div class="col-label">H${i}</div>`)}
        ${n.map(i=>h`
          <div class="row-label">L${i}</div>
          ${o.map(a=>{let l=this.selected?.[0]===i&&this.selected?.[1]===a,c=this.switchedOff.has($e(i,a)),d=s?this.rankOf(i,a):0;return h`
              <div class="thumb-cell ${c?"off":""}">
                ${d?h`<span class="rank-badge">${d}</span>`:f}
                <canvas class="thumb ${l?"selected":""}" width=${this.size}
                    height=${this.size} data-layer=${i} data-head=${a}
                    title=${this.thumbnailTitle(i,a)}
                    @click=${()=>this.onThumbnail(i,a)}></canvas>
              </div>`})}`)}
      </div>`}headColor(e,n){let o=this.colorByImportance?this.importance:null,s=o?.values[e]?.[n];return s==null?Mt(S(n)):_t(s,o.extent)}updated(e){super.updated(e),Object.assign(this.dataset,{selected:this.selected?this.selected.join(":"):"",source:this.data?.source??"",show:this.data?.difference?this.mode:"attention",extent:this.data?.difference?String(this.extent):"",switchedOff:rt(this.switchedOff),ablation:this.stateOf(we,this.ablation!=null),importance:this.colorByImportance?this.stateOf(ot,this.importance!=null):"off"}),["data","size","importance","colorByImportance"].some(n=>e.has(n))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(n=>{for(let o of n){let s=o.target;o.isIntersecting&&!this.drawn.has(s)&&this.pending.add(s)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(n=>this.observer.observe(n)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let n=e.tokens.length,o=performance.now();for(let s of this.pending){if(this.pending.delete(s),!s.isConnected)continue;let i=Number(s.dataset.layer),a=Number(s.dataset.head),l=e.layers.get(i);if(l!=null&&(e.difference?$r(s,l,a,n,this.extent):vr(s,l,a,n,this.headColor(i,a)),this.drawn.add(s),performance.now()-o>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};I("model-view-module",qt);var kr=new Map;async function st(r,t,e,n,o){let s=kr.get(e);if(s)return s;let i=N(n);if(i==null)throw new Error(`Model '${e}' has no 'attention' interpreter or AttentionHeads outputs, so its layers and heads are unknown.`);let a=await D(r,t,e,i,o,[0]),c={layers:a.allLayers??[...a.layers.keys()].sort((d,u)=>d-u),numHeads:a.numHeads};return kr.set(e,c),c}var Sr=`.query-chips {
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
`;function Mr(r,t){let e=r.tokens.length,n=r.headDim,o=t*e,s=r.query.subarray(t*n,(t+1)*n),i=[],a=new Float64Array(e);for(let m=0;m<e;m++){let g=new Float32Array(n),x=0;for(let y=0;y<n;y++)g[y]=s[y]*r.key[m*n+y],x+=g[y];i.push(g),a[m]=r.scale*x}let l=r.terms.map(m=>Float64Array.from(m.values.subarray(o,o+e))),c=a.map((m,g)=>l.reduce((x,y)=>x+y[g],m)),d=Array.from({length:e},(m,g)=>r.keyAllowed?.[o+g]!==0),u=ko(c,d),p=0;for(let m=0;m<e;m++)p=Math.max(p,Math.abs(u[m]-r.attention[o+m]));return{query:s,products:i,scaled:a,terms:l,sums:c,allowed:d,softmax:u,maxDiff:p}}function ko(r,t){let e=-1/0;r.forEach((s,i)=>{t[i]&&(e=Math.max(e,s))});let n=r.map((s,i)=>t[i]?Math.exp(s-e):0),o=n.reduce((s,i)=>s+i,0);return n.map(s=>o>0?s/o:0)}function Bt(r){return r.startsWith("1/")?`q·k/${r.slice(2)}`:`q·k·${r}`}function it(r){return[Bt(r.scaleLabel),...r.terms.map(t=>t.name)].join(" + ")}var Er=.001;function So(r){let t=r.toFixed(3);return Number(t)===0?0 .toFixed(3):t}function jt(r){return Math.max(3,Math.min(12,Math.floor(256/r)))}function de(r){let t=0;for(let e=0;e<r.length;e++)t=Math.max(t,Math.abs(r[e]));return t}function Ut(r,t,e){let n=r.getContext("2d"),o=jt(t.length);for(let s=0;s<t.length;s++)n.fillStyle=J(Z(t[s],e)),n.fillRect(s*o,0,o,r.height)}var Vt=class extends k{constructor(){super();this.rows=null;this.onFocus=e=>{let n=e.detail;n.model===this.model&&(this.layer=n.layer,this.head=n.head,this.reload())};this.emptyMessage="Select an example to see its query and key vectors.";this.onMouseMove=e=>{let n=e.composedPath()[0],o=this.data,s=this.rows;if(!(n instanceof HTMLCanvasElement)||!n.classList.contains("vec")||o==null||s==null){this.hideTooltip();return}let i=o.headDim,a=Math.min(i-1,Math.max(0,Math.floor(e.offsetX/jt(i)))),l=n.dataset.kind,c=Number(n.dataset.row),d=s.query[a],u=`query ${A(o,this.queryIndex)}, dim ${a}
q = ${d.toFixed(4)}`;if(l!=="query"){let m=o.key[c*i+a];u=`key ${A(o,c)}, dim ${a}
q = ${d.toFixed(4)}
k = ${m.toFixed(4)}
q∘k = ${(d*m).toFixed(4)}`}let p=this.renderRoot.querySelector(".tooltip");p.textContent=u,p.hidden=!1,p.style.left=`${e.clientX+14}px`,p.style.top=`${e.clientY+10}px`};this.hideTooltip=()=>{let e=this.renderRoot.querySelector(".tooltip");e&&(e.hidden=!0)};this.shape=null,this.layer=0,this.head=0,this.queryIndex=-1}static{this.title="Neurons: Query × Key"}static{this.infoMarkdown="For one layer, head and query token: every key vector, q∘k, the scaled score q·k/√d (or the model's own scale, e.g. q·k/√(3d) for DeBERTa), one column per term the model adds before the softmax (DeBERTa's content→position and position→content, MPNet's relative position bias; hover a column header or read the notes under the check for what each is), their sum, and the softmax over the keys the query may attend to (masked keys get 0). The view checks that this softmax equals the model's attention. q and k are shown after the model's position transform (rotary for ModernBERT). Blue = positive, orange = negative."}static{this.numCols=12}static shouldDisplayModule(e){return B(e,Ne)}static{this.styles=_(Sr)}static{this.properties={shape:{state:!0},layer:{state:!0},head:{state:!0},queryIndex:{state:!0}}}connectedCallback(){super.connectedCallback(),P.addEventListener(te,this.onFocus)}disconnectedCallback(){super.disconnectedCallback(),P.removeEventListener(te,this.onFocus)}inputsChanged(){this.queryIndex=-1}async load([e]){let n=this.apiService,o=this.appState.currentDataset,s=this.model,i=await st(n,o,s,this.appState.currentModelInfos[s],e);this.model===s&&(this.shape=i);let a=i.layers.includes(this.layer)?this.layer:i.layers[0],l=this.head<i.numHeads?this.head:0,[c]=await n.getInterpretations([e],s,o,Ne,{layer:a,head:l},"Fetching query/key vectors",!0);return xn(c)}accept(e){this.data=e,this.layer=e.layer,this.head=e.head;let n=e.tokens.length;if(this.queryIndex<0||this.queryIndex>=n){let o=e.specialTokens.findIndex(s=>!s);this.queryIndex=Math.max(0,o)}}setLayerHead(e,n){this.layer=e,this.head=n,this.reload()}renderControls(){let e=this.shape,n=this.data,o=n?.displayTokens??[],s=l=>this.setLayerHead(Number(l.target.value),this.head),i=l=>this.setLayerHead(this.layer,Number(l.target.value)),a=l=>{this.queryIndex=Number(l.target.value)};return h`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${s} ?disabled=${!e}>
            ${(e?.layers??[]).map(l=>h`
              <option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        <label>Head
          <select class="dropdown head-select" @change=${i} ?disabled=${!e}>
            ${Array.from({length:e?.numHeads??0},(l,c)=>h`
              <option value=${c} ?selected=${c===this.head}>${c}</option>`)}
          </select>
        </label>
        <label>Query token
          <select class="dropdown query-select" @change=${a} ?disabled=${!o.length}>
            ${o.map((l,c)=>h`
              <option value=${c} ?selected=${c===this.queryIndex}
                  title=${A(n,c)}>${c}: ${l}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${J(Z(1,1))}"></span>positive
          <span class="swatch" style="background: ${J(Z(-1,1))}"></span>negative
        </span>
      </div>`}renderQueryChips(e){return h`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${e.displayTokens.map((n,o)=>h`
          <button class="chip ${o===this.queryIndex?"selected":""}" data-index=${o}
              role="option" aria-selected=${o===this.queryIndex} title=${A(e,o)}
              @click=${()=>this.queryIndex=o}>${n}</button>`)}
      </div>`}renderCheck(e,n){let o=n.allowed.filter(l=>l).length,s=o<n.allowed.length?` over the ${o} allowed keys`:"",i=`softmax(${it(e)})${s}`;if(n.maxDiff<Er)return h`<span class="check ok">${i} equals the model's attention (max |Δ| ${n.maxDiff.toExponential(1)})</span>`;let a=Number.isFinite(n.maxDiff)?`by up to ${n.maxDiff.toFixed(4)}`:"(a value is not a number)";return h`<span class="check bad">${i} differs from the model's attention ${a}: these columns do not explain this head.</span>`}renderNotes(e,n){let o=n.allowed.length-n.allowed.filter(i=>i).length,s=[...e.positionTransform?[`q and k are shown after the ${e.positionTransform} position transform.`]:[],...e.terms.map(i=>`${i.label} (${i.name}): ${i.description}.`),...o?[`${o} key${o===1?" is":"s are"} masked for this query: the model does not let it attend to them (probability 0).`]:[]];return s.length?h`<ul class="notes hint">${s.map(i=>h`<li>${i}</li>`)}</ul>`:f}renderSigned(e,n,o){return h`
      <td class="num" data-col=${e} title=${n.toFixed(6)}>
        <span class="bar signed" style="width: ${28*Math.abs(n)/o}px; background: ${J(Z(n,o))}"></span>${So(n)}</td>`}renderTable(e,n){let o=e.headDim*jt(e.headDim),s=e.tokens.length,i=Math.max(de(n.scaled),...n.terms.map(de),de(n.sums))||1,a=e.terms.length>0,l=(c,d)=>h`
        <canvas class="vec" data-kind=${c} data-row=${d??f} width=${o}
            height="12" style="width: ${o}px"></canvas>`;return h`
      <div class="summary">
        Layer ${e.layer}, head ${e.head}, d = ${e.headDim}; query
        <b class="mono" title=${A(e,this.queryIndex)}>${e.displayTokens[this.queryIndex]}</b> (#${this.queryIndex}).
        ${this.renderCheck(e,n)}
      </div>
      ${this.renderNotes(e,n)}
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num" title="q·k times the model's scale, ${e.scaleLabel}">${Bt(e.scaleLabel)}</th>
            ${e.terms.map(c=>h`
              <th class="num term" title="${c.name}: ${c.description}">${c.label}</th>`)}
            ${a?h`
              <th class="num" title="${it(e)}: the score the softmax takes">sum</th>`:f}
            <th class="num" title="softmax over the keys this query may attend to">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td>${l("query")}</td>
            <td colspan=${3+e.terms.length+(a?1:0)}></td>
          </tr>
        </thead>
        <tbody>
          ${e.displayTokens.map((c,d)=>{let u=n.softmax[d],p=[d===this.queryIndex?"is-query":"",n.allowed[d]?"":"masked"].join(" ");return h`
              <tr class=${p} data-key=${d}>
                <td class="token-col mono" title=${A(e,d)}>${c}</td>
                <td>${l("key",d)}</td>
                <td>${l("product",d)}</td>
                ${this.renderSigned("scaled",n.scaled[d],i)}
                ${e.terms.map((m,g)=>this.renderSigned(`term:${m.name}`,n.terms[g][d],i))}
                ${a?this.renderSigned("sum",n.sums[d],i):f}
                ${n.allowed[d]?h`
                  <td class="num" data-col="softmax" title=${`softmax ${u.toFixed(6)}; model attention ${e.attention[this.queryIndex*s+d].toFixed(6)}`}>
                    <span class="bar" style="width: ${40*u}px"></span>${u.toFixed(3)}</td>`:h`<td class="num masked-cell" data-col="softmax"
                      title="masked: this query may not attend to this key (probability 0)"
                      >masked</td>`}
              </tr>`})}
        </tbody>
      </table>`}renderData(e){let n=this.queryIndex>=0&&this.queryIndex<e.tokens.length;return this.rows=n?Mr(e,this.queryIndex):null,this.rows==null?f:h`
      <div @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
        ${this.renderQueryChips(e)}${this.renderTable(e,this.rows)}
        <div class="tooltip" hidden></div>
      </div>`}updated(e){super.updated(e);let n=this.data,o=this.rows;if(n==null||o==null||this.errorOf()!=null)return;let s=Math.max(de(n.key),de(o.query)),i=Math.max(...o.products.map(de))||1;for(let a of this.renderRoot.querySelectorAll("canvas.vec")){let l=a.dataset.kind,c=Number(a.dataset.row),d=n.headDim;l==="query"&&Ut(a,o.query,s),l==="key"&&Ut(a,n.key.subarray(c*d,(c+1)*d),s),l==="product"&&Ut(a,o.products[c],i)}Object.assign(this.dataset,{layer:String(n.layer),head:String(n.head),query:String(this.queryIndex),queryToken:n.displayTokens[this.queryIndex],rows:String(n.tokens.length),headDim:String(n.headDim),maxDiff:o.maxDiff.toExponential(2),check:o.maxDiff<Er?"ok":"bad",formula:it(n),masked:String(o.allowed.filter(a=>!a).length)})}};I("neuron-view-module",Vt);var Tr=`.factor-picker {
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
`;var Eo=Array.from({length:16},(r,t)=>t+1);function To(r){let t=r.tokens.length;return Array.from({length:r.k},(e,n)=>{let o=0;for(let s=0;s<t;s++)o=Math.max(o,r.factors[n*t+s]);return o})}var zt=class extends k{constructor(){super();this.emptyMessage="Select an example to factorise its neurons.";this.shape=null,this.k=8,this.fromLayer=0,this.toLayer=-1,this.excludeSpecial=!0,this.factor=null}static{this.title="NMF: Neuron Factors"}static{this.infoMarkdown="Non-negative matrix factorisation of the FFN neuron activations (Ecco's method): k factors of neurons that fire together, how strongly each token activates them, and which neurons and layers make up each factor."}static{this.numCols=12}static shouldDisplayModule(e){return B(e,De)}static{this.styles=_(Tr)}static{this.properties={shape:{state:!0},k:{state:!0},fromLayer:{state:!0},toLayer:{state:!0},excludeSpecial:{state:!0},factor:{state:!0}}}async load([e]){let n=this.apiService,o=this.appState.currentDataset,s=this.model,i=await st(n,o,s,this.appState.currentModelInfos[s],e);this.model===s&&(this.shape=i);let a=i.layers[i.layers.length-1],l=this.toLayer<0||this.toLayer>a?a:this.toLayer,c=Math.min(this.fromLayer,l),d={n_components:this.k,from_layer:c,to_layer:l+1,exclude_special_tokens:this.excludeSpecial},[u]=await n.getInterpretations([e],s,o,De,d,"Factorising neuron activations",!0);return $n(u)}accept(e){this.fromLayer=e.layers[0],this.toLayer=e.layers[e.layers.length-1],this.data=e,this.factor!=null&&this.factor>=e.k&&(this.factor=null)}renderControls(){let e=this.shape?.layers??[],n=e.length?e[e.length-1]:-1,o=this.toLayer<0||this.toLayer>n?n:this.toLayer,s=a=>Number(a.target.value),i=a=>{a(),this.reload()};return h`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${a=>i(()=>this.k=s(a))}>
            ${Eo.map(a=>h`<option value=${a} ?selected=${a===this.k}>${a}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.fromLayer=s(a),this.toLayer=Math.max(o,this.fromLayer)})}>
            ${e.map(a=>h`<option value=${a} ?selected=${a===this.fromLayer}>${a}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.toLayer=s(a),this.fromLayer=Math.min(this.fromLayer,this.toLayer)})}>
            ${e.map(a=>h`<option value=${a} ?selected=${a===o}>${a}</option>`)}
          </select>
        </label>
        <label title=${Oe}><input type="checkbox" class="special-toggle"
            .checked=${this.excludeSpecial}
            @change=${a=>i(()=>{this.excludeSpecial=a.target.checked})}>Leave out special tokens</label>
        ${this.data?h`<span class="hint">Reconstruction error ${(this.data.reconstructionError*100).toFixed(1)}%</span>`:f}
      </div>`}renderFactorPicker(e){let n=o=>()=>{this.factor=this.factor===o?null:o};return h`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor==null?"on":""}" @click=${n(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length:e.k},(o,s)=>h`
          <button class="factor-chip ${this.factor===s?"on":""}" data-factor=${s}
              style="--factor-color: ${S(s)}" @click=${n(s)}
              title="Tint tokens by factor ${s} alone">F${s}</button>`)}
      </div>`}renderSentence(e,n){let o=e.tokens.length;return h`
      <div class="sentence">
        ${e.displayTokens.map((s,i)=>{if(!e.tokenMask[i])return h`<span class="token excluded" title="${A(e,i)}: not factorised">${s}</span>`;let a=this.factor;if(a==null){a=0;for(let d=1;d<e.k;d++)e.factors[d*o+i]>e.factors[a*o+i]&&(a=d)}let l=e.factors[a*o+i],c=n[a]>0?Math.max(.08,l/n[a]):0;return h`<span class="token" data-factor=${a}
              style="background: ${le(S(a),c*.85)}"
              title="${A(e,i)}: factor ${a} ${l.toFixed(4)}">${s}</span>`})}
      </div>`}renderHeatmap(e,n){let o=e.tokens.length,s=Array.from({length:e.k},(i,a)=>a);return h`
      <div class="heatmap" style="--tokens: ${o}">
        <div></div>
        ${e.displayTokens.map((i,a)=>h`
          <div class="col-label ${e.tokenMask[a]?"":"excluded"}"
              title=${A(e,a)}>${i}</div>`)}
        ${s.map(i=>h`
          <div class="row-label ${this.factor===i?"on":""}"
              @click=${()=>this.factor=this.factor===i?null:i}>F${i}</div>
          ${e.tokens.map((a,l)=>{let c=e.factors[i*o+l],d=n[i]>0?c/n[i]:0;return h`<div class="cell" title="factor ${i}, ${A(e,l)}: ${c.toFixed(4)}"
                style="background: ${le(S(i),d)}"></div>`})}`)}
      </div>`}renderFactorCards(e){return h`
      <div class="cards">
        ${e.topNeurons.map((n,o)=>{let s=e.layerShare[o],i=Math.max(...s,1e-9);return h`
            <div class="card ${this.factor===o?"on":""}" data-factor=${o}
                style="--factor-color: ${S(o)}">
              <div class="card-title"><span class="swatch"></span>Factor ${o}</div>
              <div class="card-section">Layer share</div>
              <div class="shares">
                ${e.layers.map((a,l)=>h`
                  <div class="share" title="layer ${a}: ${(s[l]*100).toFixed(1)}%">
                    <div class="share-bar" style="height: ${24*s[l]/i}px"></div>
                    <div class="share-label">${a}</div>
                  </div>`)}
              </div>
              <div class="card-section">Top neurons (layer·unit, loading)</div>
              <ol class="neurons mono">
                ${n.map(a=>h`
                  <li>L${a.layer}·${a.index}<span class="loading">${a.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`})}
      </div>`}renderData(e){let n=To(e);return h`
      ${this.renderFactorPicker(e)}
      ${this.renderSentence(e,n)}
      ${this.renderHeatmap(e,n)}
      ${this.renderFactorCards(e)}`}updated(e){super.updated(e);let n=this.data;n!=null&&Object.assign(this.dataset,{k:String(n.k),tokens:String(n.tokens.length),layers:`${n.layers[0]}-${n.layers[n.layers.length-1]}`,factor:this.factor==null?"":String(this.factor)})}};I("nmf-module",zt);
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
lit-html/directive.js:
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

lit-html/directive-helpers.js:
lit-html/directives/live.js:
lit-html/static.js:
  (**
   * @license
   * Copyright 2020 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
