var ye=window,ge=ye.ShadowRoot&&(ye.ShadyCSS===void 0||ye.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Ge=Symbol(),Ct=new WeakMap,ne=class{constructor(t,e,r){if(this._$cssResult$=!0,r!==Ge)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(ge&&t===void 0){let r=e!==void 0&&e.length===1;r&&(t=Ct.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),r&&Ct.set(e,t))}return t}toString(){return this.cssText}},se=n=>new ne(typeof n=="string"?n:n+"",void 0,Ge),be=(n,...t)=>{let e=n.length===1?n[0]:t.reduce(((r,s,o)=>r+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+n[o+1]),n[0]);return new ne(e,n,Ge)},Xe=(n,t)=>{ge?n.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let r=document.createElement("style"),s=ye.litNonce;s!==void 0&&r.setAttribute("nonce",s),r.textContent=e.cssText,n.appendChild(r)}))},ve=ge?n=>n:n=>n instanceof CSSStyleSheet?(t=>{let e="";for(let r of t.cssRules)e+=r.cssText;return se(e)})(n):n;var Ye,$e=window,Lt=$e.trustedTypes,un=Lt?Lt.emptyScript:"",Pt=$e.reactiveElementPolyfillSupport,Je={toAttribute(n,t){switch(t){case Boolean:n=n?un:null;break;case Object:case Array:n=n==null?n:JSON.stringify(n)}return n},fromAttribute(n,t){let e=n;switch(t){case Boolean:e=n!==null;break;case Number:e=n===null?null:Number(n);break;case Object:case Array:try{e=JSON.parse(n)}catch{e=null}}return e}},Rt=(n,t)=>t!==n&&(t==t||n==n),Ze={attribute:!0,type:String,converter:Je,reflect:!1,hasChanged:Rt},et="finalized",C=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,r)=>{let s=this._$Ep(r,e);s!==void 0&&(this._$Ev.set(s,r),t.push(s))})),t}static createProperty(t,e=Ze){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let r=typeof t=="symbol"?Symbol():"__"+t,s=this.getPropertyDescriptor(t,r,e);s!==void 0&&Object.defineProperty(this.prototype,t,s)}}static getPropertyDescriptor(t,e,r){return{get(){return this[e]},set(s){let o=this[t];this[e]=s,this.requestUpdate(t,o,r)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||Ze}static finalize(){if(this.hasOwnProperty(et))return!1;this[et]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,r=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let s of r)this.createProperty(s,e[s])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let r=new Set(t.flat(1/0).reverse());for(let s of r)e.unshift(ve(s))}else t!==void 0&&e.push(ve(t));return e}static _$Ep(t,e){let r=e.attribute;return r===!1?void 0:typeof r=="string"?r:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,r;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((r=t.hostConnected)===null||r===void 0||r.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return Xe(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostConnected)===null||r===void 0?void 0:r.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostDisconnected)===null||r===void 0?void 0:r.call(e)}))}attributeChangedCallback(t,e,r){this._$AK(t,r)}_$EO(t,e,r=Ze){var s;let o=this.constructor._$Ep(t,r);if(o!==void 0&&r.reflect===!0){let i=(((s=r.converter)===null||s===void 0?void 0:s.toAttribute)!==void 0?r.converter:Je).toAttribute(e,r.type);this._$El=t,i==null?this.removeAttribute(o):this.setAttribute(o,i),this._$El=null}}_$AK(t,e){var r;let s=this.constructor,o=s._$Ev.get(t);if(o!==void 0&&this._$El!==o){let i=s.getPropertyOptions(o),a=typeof i.converter=="function"?{fromAttribute:i.converter}:((r=i.converter)===null||r===void 0?void 0:r.fromAttribute)!==void 0?i.converter:Je;this._$El=o,this[o]=a.fromAttribute(e,i.type),this._$El=null}}requestUpdate(t,e,r){let s=!0;t!==void 0&&(((r=r||this.constructor.getPropertyOptions(t)).hasChanged||Rt)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),r.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,r))):s=!1),!this.isUpdatePending&&s&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((s,o)=>this[o]=s)),this._$Ei=void 0);let e=!1,r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),(t=this._$ES)===null||t===void 0||t.forEach((s=>{var o;return(o=s.hostUpdate)===null||o===void 0?void 0:o.call(s)})),this.update(r)):this._$Ek()}catch(s){throw e=!1,this._$Ek(),s}e&&this._$AE(r)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((r=>{var s;return(s=r.hostUpdated)===null||s===void 0?void 0:s.call(r)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,r)=>this._$EO(r,this[r],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};C[et]=!0,C.elementProperties=new Map,C.elementStyles=[],C.shadowRootOptions={mode:"open"},Pt?.({ReactiveElement:C}),((Ye=$e.reactiveElementVersions)!==null&&Ye!==void 0?Ye:$e.reactiveElementVersions=[]).push("1.6.3");var tt,xe=window,G=xe.trustedTypes,Ht=G?G.createPolicy("lit-html",{createHTML:n=>n}):void 0,we="$lit$",L=`lit$${(Math.random()+"").slice(9)}$`,nt="?"+L,hn=`<${nt}>`,O=document,ie=()=>O.createComment(""),ae=n=>n===null||typeof n!="object"&&typeof n!="function",Ut=Array.isArray,Vt=n=>Ut(n)||typeof n?.[Symbol.iterator]=="function",rt=`[ 	
\f\r]`,oe=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ft=/-->/g,Nt=/>/g,F=RegExp(`>|${rt}(?:([^\\s"'>=/]+)(${rt}*=${rt}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Ot=/'/g,Dt=/"/g,jt=/^(?:script|style|textarea|title)$/i,zt=n=>(t,...e)=>({_$litType$:n,strings:t,values:e}),u=zt(1),P=zt(2),k=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),qt=new WeakMap,N=O.createTreeWalker(O,129,null,!1);function Kt(n,t){if(!Array.isArray(n)||!n.hasOwnProperty("raw"))throw Error("invalid template strings array");return Ht!==void 0?Ht.createHTML(t):t}var Wt=(n,t)=>{let e=n.length-1,r=[],s,o=t===2?"<svg>":"",i=oe;for(let a=0;a<e;a++){let l=n[a],c,d,h=-1,p=0;for(;p<l.length&&(i.lastIndex=p,d=i.exec(l),d!==null);)p=i.lastIndex,i===oe?d[1]==="!--"?i=Ft:d[1]!==void 0?i=Nt:d[2]!==void 0?(jt.test(d[2])&&(s=RegExp("</"+d[2],"g")),i=F):d[3]!==void 0&&(i=F):i===F?d[0]===">"?(i=s??oe,h=-1):d[1]===void 0?h=-2:(h=i.lastIndex-d[2].length,c=d[1],i=d[3]===void 0?F:d[3]==='"'?Dt:Ot):i===Dt||i===Ot?i=F:i===Ft||i===Nt?i=oe:(i=F,s=void 0);let m=i===F&&n[a+1].startsWith("/>")?" ":"";o+=i===oe?l+hn:h>=0?(r.push(c),l.slice(0,h)+we+l.slice(h)+L+m):l+L+(h===-2?(r.push(void 0),a):m)}return[Kt(n,o+(n[e]||"<?>")+(t===2?"</svg>":"")),r]},le=class n{constructor({strings:t,_$litType$:e},r){let s;this.parts=[];let o=0,i=0,a=t.length-1,l=this.parts,[c,d]=Wt(t,e);if(this.el=n.createElement(c,r),N.currentNode=this.el.content,e===2){let h=this.el.content,p=h.firstChild;p.remove(),h.append(...p.childNodes)}for(;(s=N.nextNode())!==null&&l.length<a;){if(s.nodeType===1){if(s.hasAttributes()){let h=[];for(let p of s.getAttributeNames())if(p.endsWith(we)||p.startsWith(L)){let m=d[i++];if(h.push(p),m!==void 0){let g=s.getAttribute(m.toLowerCase()+we).split(L),b=/([.?@])?(.*)/.exec(m);l.push({type:1,index:o,name:b[2],strings:g,ctor:b[1]==="."?Ae:b[1]==="?"?ke:b[1]==="@"?Ee:q})}else l.push({type:6,index:o})}for(let p of h)s.removeAttribute(p)}if(jt.test(s.tagName)){let h=s.textContent.split(L),p=h.length-1;if(p>0){s.textContent=G?G.emptyScript:"";for(let m=0;m<p;m++)s.append(h[m],ie()),N.nextNode(),l.push({type:2,index:++o});s.append(h[p],ie())}}}else if(s.nodeType===8)if(s.data===nt)l.push({type:2,index:o});else{let h=-1;for(;(h=s.data.indexOf(L,h+1))!==-1;)l.push({type:7,index:o}),h+=L.length-1}o++}}static createElement(t,e){let r=O.createElement("template");return r.innerHTML=t,r}};function D(n,t,e=n,r){var s,o,i,a;if(t===k)return t;let l=r!==void 0?(s=e._$Co)===null||s===void 0?void 0:s[r]:e._$Cl,c=ae(t)?void 0:t._$litDirective$;return l?.constructor!==c&&((o=l?._$AO)===null||o===void 0||o.call(l,!1),c===void 0?l=void 0:(l=new c(n),l._$AT(n,e,r)),r!==void 0?((i=(a=e)._$Co)!==null&&i!==void 0?i:a._$Co=[])[r]=l:e._$Cl=l),l!==void 0&&(t=D(n,l._$AS(n,t.values),l,r)),t}var Se=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:r},parts:s}=this._$AD,o=((e=t?.creationScope)!==null&&e!==void 0?e:O).importNode(r,!0);N.currentNode=o;let i=N.nextNode(),a=0,l=0,c=s[0];for(;c!==void 0;){if(a===c.index){let d;c.type===2?d=new X(i,i.nextSibling,this,t):c.type===1?d=new c.ctor(i,c.name,c.strings,this,t):c.type===6&&(d=new Me(i,this,t)),this._$AV.push(d),c=s[++l]}a!==c?.index&&(i=N.nextNode(),a++)}return N.currentNode=O,o}v(t){let e=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(t,r,e),e+=r.strings.length-2):r._$AI(t[e])),e++}},X=class n{constructor(t,e,r,s){var o;this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=r,this.options=s,this._$Cp=(o=s?.isConnected)===null||o===void 0||o}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=D(this,t,e),ae(t)?t===f||t==null||t===""?(this._$AH!==f&&this._$AR(),this._$AH=f):t!==this._$AH&&t!==k&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):Vt(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==f&&ae(this._$AH)?this._$AA.nextSibling.data=t:this.$(O.createTextNode(t)),this._$AH=t}g(t){var e;let{values:r,_$litType$:s}=t,o=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=le.createElement(Kt(s.h,s.h[0]),this.options)),s);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===o)this._$AH.v(r);else{let i=new Se(o,this),a=i.u(this.options);i.v(r),this.$(a),this._$AH=i}}_$AC(t){let e=qt.get(t.strings);return e===void 0&&qt.set(t.strings,e=new le(t)),e}T(t){Ut(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,r,s=0;for(let o of t)s===e.length?e.push(r=new n(this.k(ie()),this.k(ie()),this,this.options)):r=e[s],r._$AI(o),s++;s<e.length&&(this._$AR(r&&r._$AB.nextSibling,s),e.length=s)}_$AR(t=this._$AA.nextSibling,e){var r;for((r=this._$AP)===null||r===void 0||r.call(this,!1,!0,e);t&&t!==this._$AB;){let s=t.nextSibling;t.remove(),t=s}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},q=class{constructor(t,e,r,s,o){this.type=1,this._$AH=f,this._$AN=void 0,this.element=t,this.name=e,this._$AM=s,this.options=o,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=f}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,r,s){let o=this.strings,i=!1;if(o===void 0)t=D(this,t,e,0),i=!ae(t)||t!==this._$AH&&t!==k,i&&(this._$AH=t);else{let a=t,l,c;for(t=o[0],l=0;l<o.length-1;l++)c=D(this,a[r+l],e,l),c===k&&(c=this._$AH[l]),i||(i=!ae(c)||c!==this._$AH[l]),c===f?t=f:t!==f&&(t+=(c??"")+o[l+1]),this._$AH[l]=c}i&&!s&&this.j(t)}j(t){t===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Ae=class extends q{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===f?void 0:t}},pn=G?G.emptyScript:"",ke=class extends q{constructor(){super(...arguments),this.type=4}j(t){t&&t!==f?this.element.setAttribute(this.name,pn):this.element.removeAttribute(this.name)}},Ee=class extends q{constructor(t,e,r,s,o){super(t,e,r,s,o),this.type=5}_$AI(t,e=this){var r;if((t=(r=D(this,t,e,0))!==null&&r!==void 0?r:f)===k)return;let s=this._$AH,o=t===f&&s!==f||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,i=t!==f&&(s===f||o);o&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,r;typeof this._$AH=="function"?this._$AH.call((r=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&r!==void 0?r:this.element,t):this._$AH.handleEvent(t)}},Me=class{constructor(t,e,r){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(t){D(this,t)}},Qt={O:we,P:L,A:nt,C:1,M:Wt,L:Se,R:Vt,D,I:X,V:q,H:ke,N:Ee,U:Ae,F:Me},Bt=xe.litHtmlPolyfillSupport;Bt?.(le,X),((tt=xe.litHtmlVersions)!==null&&tt!==void 0?tt:xe.litHtmlVersions=[]).push("2.8.0");var Gt=(n,t,e)=>{var r,s;let o=(r=e?.renderBefore)!==null&&r!==void 0?r:t,i=o._$litPart$;if(i===void 0){let a=(s=e?.renderBefore)!==null&&s!==void 0?s:null;o._$litPart$=i=new X(t.insertBefore(ie(),a),a,void 0,e??{})}return i._$AI(n),i};var st,ot;var Y=class extends C{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let r=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=r.firstChild),r}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=Gt(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return k}};Y.finalized=!0,Y._$litElement$=!0,(st=globalThis.litElementHydrateSupport)===null||st===void 0||st.call(globalThis,{LitElement:Y});var Xt=globalThis.litElementPolyfillSupport;Xt?.({LitElement:Y});((ot=globalThis.litElementVersions)!==null&&ot!==void 0?ot:globalThis.litElementVersions=[]).push("3.3.3");var B={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},Yt=n=>(...t)=>({_$litDirective$:n,values:t}),Te=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,r){this._$Ct=t,this._$AM=e,this._$Ci=r}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};var{I:_s}=Qt;var Zt=n=>n.strings===void 0;var mn={},Jt=(n,t=mn)=>n._$AH=t;var ce=Yt(class extends Te{constructor(n){if(super(n),n.type!==B.PROPERTY&&n.type!==B.ATTRIBUTE&&n.type!==B.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!Zt(n))throw Error("`live` bindings can only contain a single expression")}render(n){return n}update(n,[t]){if(t===k||t===f)return t;let e=n.element,r=n.name;if(n.type===B.PROPERTY){if(t===e[r])return k}else if(n.type===B.BOOLEAN_ATTRIBUTE){if(!!t===e.hasAttribute(r))return k}else if(n.type===B.ATTRIBUTE&&e.getAttribute(r)===t+"")return k;return Jt(n),t}});function fn(n){let t=n;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint10"||t.dtype==="float32")}function yn(n){let t=Uint8Array.fromBase64;if(t)return t(n);let e=atob(n),r=new Uint8Array(e.length);for(let s=0;s<e.length;s++)r[s]=e.charCodeAt(s);return r}var gn=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function bn(n,t,e){if(n.byteLength!==t*4)throw new Error(`encoded float32 array has ${n.byteLength} bytes; its shape needs ${t*4}.`);if(e)return new Float32Array(n.buffer.slice(n.byteOffset,n.byteOffset+t*4));let r=new DataView(n.buffer,n.byteOffset,n.byteLength),s=new Float32Array(t);for(let o=0;o<t;o++)s[o]=r.getFloat32(4*o,!0);return s}function vn(n,t,e){let r=t+Math.ceil(t/4);if(n.byteLength!==r)throw new Error(`encoded uint10 array has ${n.byteLength} bytes; its shape needs ${r}.`);if(!(e>0))throw new Error(`uint10 array needs a positive scale, got ${e}.`);let s=new Float32Array(1024);for(let a=0;a<1024;a++)s[a]=a/e;let o=new Float32Array(t),i=t-t%4;for(let a=0,l=t;a<i;a+=4,l++){let c=n[l];o[a]=s[n[a]|(c&192)<<2],o[a+1]=s[n[a+1]|(c&48)<<4],o[a+2]=s[n[a+2]|(c&12)<<6],o[a+3]=s[n[a+3]|(c&3)<<8]}for(let a=i;a<t;a++){let l=n[t+(a>>2)]>>6-2*(a&3)&3;o[a]=s[n[a]|l<<8]}return o}function R(n){if(!fn(n))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let t=yn(n.data),e=n.shape.reduce((s,o)=>s*o,1),r=n.dtype==="uint10"?vn(t,e,n.scale??0):bn(t,e,gn);return{shape:[...n.shape],values:r}}var _e="attention",Ie="neuron_view",Ce="nmf";function y(n,t,e){if(!(t in n))throw new Error(`${e} response has no '${t}' field.`);return n[t]}function U(n,t,e){if(!(t.length===e.length&&t.every((s,o)=>e[o]<0||s===e[o]))){let s=e.map(o=>o<0?"?":o).join(", ");throw new Error(`${n} has shape (${t.join(", ")}); expected (${s}).`)}}function it(n,t,e){if(!Array.isArray(t)||t.length!==e){let r=Array.isArray(t)?t.length:typeof t;throw new Error(`${n} has ${r} entries but there are ${e} tokens.`)}}function at(n,t){let e=y(n,"tokens",t),r={tokens:e,displayTokens:y(n,"display_tokens",t),specialTokens:y(n,"special_tokens",t),segmentIds:y(n,"segment_ids",t)};return it("display_tokens",r.displayTokens,e.length),it("special_tokens",r.specialTokens,e.length),it("segment_ids",r.segmentIds,e.length),r}var Le="Special tokens: the tokenizer's markup, such as [CLS], [SEP], <s>, </s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, such as an emoji, and are not special.";function x(n,t){let e=n.displayTokens[t],r=n.tokens[t];return r===e?`${e} (#${t})`:`${e} (#${t}, token ${r})`}function er(n){let t=n,e=`'${_e}' interpreter`,r=at(t,e),s=y(t,"layers",e),o=y(t,"num_heads",e),i=R(y(t,"attention",e)),a=r.tokens.length;U("attention",i.shape,[s.length,o,a,a]);let l=o*a*a,c=s.map((h,p)=>i.values.subarray(p*l,(p+1)*l)),d=typeof t.num_layers=="number"?t.num_layers:null;return{...r,layers:s,numHeads:o,numLayers:d,weights:c}}function $n(n,t,e){let r=n,s=y(r,"name",`${e} term`),o=R(y(r,"values",`${e} term '${s}'`));return U(`term '${s}'`,o.shape,[t,t]),{name:s,label:String(r.label??s),description:String(r.description??""),values:o.values}}function tr(n){let t=n,e=`'${Ie}' interpreter`,r=at(t,e),s=r.tokens.length,o=R(y(t,"query",e)),i=R(y(t,"key",e)),a=R(y(t,"attention",e));U("query",o.shape,[s,-1]),U("key",i.shape,o.shape),U("attention",a.shape,[s,s]);let l=y(t,"key_allowed",e),c=null;if(l!=null){let h=R(l);U("key_allowed",h.shape,[s,s]),c=Uint8Array.from(h.values,p=>p>.5?1:0)}let d=y(t,"scale",e);if(!(typeof d=="number"&&Number.isFinite(d)))throw new Error(`${e} response has scale ${d}; expected a finite number.`);return{...r,layer:y(t,"layer",e),head:y(t,"head",e),headDim:o.shape[1],query:o.values,key:i.values,scale:d,scaleLabel:y(t,"scale_label",e),positionTransform:y(t,"position_transform",e),terms:y(t,"terms",e).map(h=>$n(h,s,e)),keyAllowed:c,attention:a.values}}function rr(n){let t=n,e=`'${Ce}' interpreter`,r=at(t,e),s=r.tokens,o=R(y(t,"factors",e));U("factors",o.shape,[-1,s.length]);let i=o.shape[0],a=y(t,"top_neurons",e),l=y(t,"layer_share",e);if(a.length!==i||l.length!==i)throw new Error(`nmf response has ${i} factors but ${a.length} neuron lists and ${l.length} layer shares.`);return{...r,tokenMask:t.token_mask??s.map(()=>!0),layers:y(t,"layers",e),k:i,factors:o.values,topNeurons:a,layerShare:l,reconstructionError:Number(t.reconstruction_error??NaN)}}var Re="head_importance",He="ablated_prediction",de="layer_predictions",Fe="faithfulness";function xn(n,t){return Array.isArray(n)&&(t==null||n.length===t)&&n.every(e=>typeof e=="number"&&Number.isFinite(e))}function Pe(n,t,e){if(!xn(n,e)){let r=e==null?"":`${e} `;throw new Error(`${t} is not a list of ${r}finite numbers.`)}return n}function nr(n,t,e,r){if(!Array.isArray(n)||n.length!==e)throw new Error(`${t} has ${Array.isArray(n)?n.length:"no"} rows; expected ${e}.`);return n.map((s,o)=>Pe(s,`${t} row ${o}`,r))}var sr=["ablation","gradient"];function or(n){let t=n,e=`'${Re}' interpreter`,r=y(t,"num_layers",e),s=y(t,"num_heads",e);return{method:y(t,"method",e),numLayers:r,numHeads:s,importance:nr(y(t,"importance",e),"importance",r,s),label:y(t,"label",e),probability:y(t,"probability",e)}}function ir(n){let t=n,e=`'${He}' interpreter`,r=y(t,"labels",e);return{labels:r,probas:Pe(y(t,"probas",e),"probas",r.length),probasAblated:Pe(y(t,"probas_ablated",e),"probas_ablated",r.length),heads:y(t,"heads",e)}}function ct(n){let t=n,e=`'${de}' interpreter`,r=y(t,"labels",e),s=y(t,"layers",e);return{labels:r,layers:s,probas:nr(y(t,"probas",e),"probas",s.length,r.length)}}function lt(n,t){if(n==null)return null;if(typeof n!="number"||!Number.isFinite(n))throw new Error(`${t} is ${String(n)}; expected a finite number or null.`);return n}function ar(n){let t=n,e=`'${Fe}' interpreter`,r=y(t,"methods",e).map(s=>{let o=y(s,"name",`${e} method`);return{name:o,comprehensiveness:lt(s.comprehensiveness,`${o} comprehensiveness`),sufficiency:lt(s.sufficiency,`${o} sufficiency`),kendallTau:lt(s.kendall_tau,`${o} kendall_tau`),...s.error==null?{}:{error:String(s.error)}}});return{label:y(t,"label",e),probability:y(t,"probability",e),fractions:Pe(y(t,"fractions",e),"fractions"),methods:r}}var cr=Symbol.for(""),wn=n=>{if(n?.r===cr)return n?._$litStatic$},dr=n=>({_$litStatic$:n,r:cr});var lr=new Map,ur=n=>(t,...e)=>{let r=e.length,s,o,i=[],a=[],l,c=0,d=!1;for(;c<r;){for(l=t[c];c<r&&(o=e[c],(s=wn(o))!==void 0);)l+=s+t[++c],d=!0;c!==r&&a.push(o),i.push(l),c++}if(c===r&&i.push(t[r]),d){let h=i.join("$$lit$$");(t=lr.get(h))===void 0&&(i.raw=i,lr.set(h,t=i)),e=a}return n(t,...e)},hr=ur(u),zs=ur(P);var pr=`/* Layout and status styles shared by lit-ext's modules. */
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
`;var Ne="classification-module";function An(n){let t=n.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(n,"shouldDisplayModule")}function kn(){let n=customElements.get(Ne);if(n==null)throw new Error(`lit-ext: LIT's <${Ne}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=n;for(;t!=null&&t!==HTMLElement;){if(An(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${Ne}>; this LIT version is not supported.`)}var mr=kn(),fr=(()=>{let t=customElements.get(Ne)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function M(n,t){return Object.values(n).some(e=>e.interpreters?.includes(t))}function yr(n){let e=(n instanceof Error?n.message:String(n)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}function w(n){return[fr,be`${se(pr)}`,be`${se(n)}`]}var Z="main",$=class extends mr{constructor(){super();this.requestSeqs=new Map;this.requestsInFlight=new Set;this.requestErrors=new Map;this.data=null}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.properties={data:{state:!0}}}get inputs(){let e=this.selectedInput;return e==null?[]:[e]}get canLoad(){return this.inputs.length>0}accept(e){this.data=e}inputsChanged(){}renderControls(){return f}get loadingMessage(){return"Loading…"}hasInterpreter(e){return this.appState.currentModelInfos[this.model]?.interpreters?.includes(e)??!1}get selectedInput(){return this.selectionService.primarySelectedInputData}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.inputs,this.model],()=>{this.inputsChanged(),this.reload()})}async reload(){if(!this.canLoad){this.cancel(Z),this.data=null;return}let e=await this.request(Z,this.load(this.inputs));e!=null&&this.accept(e)}async request(e,r){let s=(this.requestSeqs.get(e)??0)+1;this.requestSeqs.set(e,s),this.requestsInFlight.add(e),this.requestErrors.delete(e),this.requestUpdate();let o=()=>this.requestSeqs.get(e)===s;try{let i=await this.loadLatest(e,r);return o()?(this.requestsInFlight.delete(e),this.requestUpdate(),i):null}catch(i){return o()&&(this.requestsInFlight.delete(e),this.requestErrors.set(e,yr(i)),this.setIsLoading(!1),this.requestUpdate()),null}}cancel(e){this.requestSeqs.set(e,(this.requestSeqs.get(e)??0)+1),this.requestsInFlight.delete(e),this.requestErrors.delete(e),this.requestUpdate()}isLoading(e=Z){return this.requestsInFlight.has(e)}errorOf(e=Z){return this.requestErrors.get(e)??null}stateOf(e,r){return this.requestErrors.has(e)?"error":this.requestsInFlight.has(e)?"loading":r?"ready":"empty"}renderStatus(e,r=null,s="Loading…"){let o=this.errorOf(e);return o?u`<div class="status error" role="alert">${o}</div>`:this.isLoading(e)?u`<div class="status" role="status"><div class="spinner"></div>${s}</div>`:r?u`<div class="status hint">${r}</div>`:f}renderImpl(){let e=this.data==null&&!this.canLoad?this.emptyMessage:null;return u`
      <div class="module-container">
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(Z,e,this.loadingMessage)}
          ${this.data!=null&&!this.errorOf()?this.renderData(this.data):f}
        </div>
      </div>`}updated(e){super.updated(e),this.dataset.state=this.stateOf(Z,this.data!=null)}};function S(n,t){let e=dr(n);t.template=(r,s,o)=>hr`<${e} model=${r} .shouldReact=${o}
          selectionServiceIndex=${s}></${e}>`,customElements.define(n,t)}var J=class{constructor(t){this.onChange=t;this.progress=null;this.controller=null}get running(){return this.controller!=null}async track(t){this.stop();let e=new AbortController;this.controller=e,this.onChange();let r=(s,o)=>{e.signal.aborted||(this.progress=[s,o],this.onChange())};try{return await t({signal:e.signal,onProgress:r})}finally{this.controller===e&&(this.controller=null,this.progress=null,this.onChange())}}stop(){this.controller!=null&&(this.controller.abort(),this.controller=null,this.progress=null,this.onChange())}};function En(n,t){if(!(t>=1))throw new Error(`batch size must be at least 1, got ${t}`);let e=[];for(let r=0;r<n.length;r+=t)e.push(n.slice(r,r+t));return e}async function V(n,t,e,r,s,o,i={}){let a=Math.min(i.batchSize??32,32),l=[];i.onProgress?.(0,t.length);for(let c of En(t,a)){i.signal?.throwIfAborted();let d=await n.getInterpretations(c,e,r,s,o,i.message,!0);if(!Array.isArray(d)||d.length!==c.length)throw new Error(`'${s}' returned ${Array.isArray(d)?d.length:"no"} results for ${c.length} examples.`);l.push(...d),i.onBatch?.(c,d),i.onProgress?.(l.length,t.length)}return l}var gr=`.scope {
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
`;function j(n){let t=0;for(let e=1;e<n.length;e++)n[e]>n[t]&&(t=e);return t}function Oe(n){return n.reduce((t,e)=>t+e,0)/n.length}var ue=[{key:"comprehensiveness",label:"Comprehensiveness",higherIsBetter:!0,definition:"how much the predicted class's probability drops when the method's top words are deleted, averaged over the fractions of words removed (AOPC)"},{key:"sufficiency",label:"Sufficiency",higherIsBetter:!1,definition:"how much it drops when only the top words are kept (AOPC)"},{key:"kendallTau",label:"Kendall τ",higherIsBetter:!0,definition:"rank correlation of the method's word scores with leave-one-out importance (the drop when that word alone is deleted)"}];function br(n){let t=new Map;for(let e of n)for(let r of e.methods)t.set(r.name,[...t.get(r.name)??[],r]);return[...t].map(([e,r])=>{let s={name:e,comprehensiveness:null,sufficiency:null,kendallTau:null,counts:{comprehensiveness:0,sufficiency:0,kendallTau:0},refused:r.filter(o=>o.error!=null).length,errors:[...new Set(r.flatMap(o=>o.error==null?[]:[o.error]))]};for(let{key:o}of ue){let i=r.map(a=>a[o]).filter(a=>a!=null);s.counts[o]=i.length,s[o]=i.length?Oe(i):null}return s})}function vr(n,t){let r=ue.find(s=>s.key===t).higherIsBetter?-1:1;return[...n].sort((s,o)=>{let i=s[t],a=o[t];return i==null||a==null?(i==null?1:0)-(a==null?1:0):r*(i-a)})}var Tn=4,$r="random",_n=["LIME"];function In(n){return`${Math.round(n*100)}%`}var dt=class extends ${constructor(){super();this.scores=new Map;this.run=new J(()=>this.requestUpdate());this.emptyMessage="Select examples to score the salience methods on them, or score the whole dataset.";this.scope="selection",this.excluded=new Set(_n),this.sortKey="comprehensiveness"}static{this.title="Faithfulness of Salience Maps"}static{this.infoMarkdown=`Which salience map to trust (ERASER, DeYoung et al. 2020), for each salience method averaged over the examples; words are deleted from the text, top-scored first.

* **Comprehensiveness** (higher is better): p(predicted class | text) − p(predicted class | text without the method's top words), averaged over removing the top 10, 20 and 50% of the words (AOPC). Deleting truly important words should hurt.
* **Sufficiency** (lower is better): p(predicted class | text) − p(predicted class | only the top words), averaged the same way. The top words alone should be enough.
* **Kendall τ** (higher is better): rank correlation between the method's word scores and leave-one-out importance (the drop when that word alone is deleted).

The **random** row scores words at random: a method that does not beat it explains nothing about this model. Subword scores are summed into words. LIME, by far the slowest, is scored once you tick it.`}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return M(e,Fe)}static{this.styles=w(gr)}static{this.properties={scope:{state:!0},excluded:{state:!0},sortKey:{state:!0}}}get inputs(){return this.scope==="dataset"?this.appState.currentInputData:this.selectionService.selectedInputData}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}get methods(){let e=this.appState.metadata?.interpreters??{};return(this.appState.currentModelInfos[this.model]?.interpreters??[]).filter(s=>Object.values(e[s]?.metaSpec??{}).some(o=>o?.name==="TokenSalience"))}get methodsConfig(){let e=this.methods.filter(r=>!this.excluded.has(r));return e.length===this.methods.length?"":e.join(",")}async load(e){let r=this.methodsConfig,s=[this.model,this.appState.currentDataset,r].join("\0"),o=a=>`${s}\0${a.id}`,i=e.filter(a=>!this.scores.has(o(a)));return await this.run.track(a=>V(this.apiService,i,this.model,this.appState.currentDataset,Fe,{methods:r},{...a,batchSize:Tn,message:"Scoring the faithfulness of salience maps",onBatch:(l,c)=>c.forEach((d,h)=>this.scores.set(o(l[h]),ar(d)))})),e.map(a=>this.scores.get(o(a)))}get loadingMessage(){let[e,r]=this.run.progress??[0,0];return r?`Scoring examples: ${e} / ${r}…`:"Scoring…"}inputsChanged(){this.run.stop()}setScope(e){this.scope=e,this.run.stop(),this.reload()}toggleMethod(e){let r=new Set(this.excluded);if(r.delete(e)||r.add(e),this.methods.every(s=>r.has(s))){this.requestUpdate();return}this.excluded=r,this.reload()}renderControls(){let e=this.selectionService.selectedInputData.length,r=this.appState.currentInputData.length,s=this.run.progress;return u`
      <div class="toolbar">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button scope-selection ${this.scope==="selection"?"on":""}"
              @click=${()=>this.setScope("selection")}>Selected (${e})</button>
          <button class="hairline-button scope-dataset ${this.scope==="dataset"?"on":""}"
              @click=${()=>this.setScope("dataset")}>All ${r} examples</button>
        </span>
        ${s?u`
          <progress max=${s[1]} value=${s[0]}></progress>
          <button class="hairline-button stop" @click=${()=>this.setScope("selection")}
              ?hidden=${this.scope!=="dataset"}>Stop</button>`:f}
      </div>
      <div class="methods" role="group" aria-label="Salience methods">
        <span class="hint">Methods</span>
        ${this.methods.map(o=>u`
          <label><input type="checkbox" class="method" data-method=${o}
              .checked=${ce(!this.excluded.has(o))} @change=${()=>this.toggleMethod(o)}
              >${o}</label>`)}
      </div>`}renderData(e){if(e.length===0)return f;let r=vr(br(e),this.sortKey),s=e[0].fractions.map(In).join(", "),o=`${e.length} example${e.length===1?"":"s"}`;return u`
      <div class="hint summary">Mean over ${o}; top ${s} of the words removed.
        Click a column to rank by it.</div>
      <table class="faithfulness">
        <thead>
          <tr>
            <th>Method</th>
            ${ue.map(i=>u`
              <th class="num sortable ${i.key===this.sortKey?"sorted":""}"
                  data-col=${i.key} title=${`${i.label}: ${i.definition}; ${i.higherIsBetter?"higher":"lower"} is better`}
                  @click=${()=>this.sortKey=i.key}>
                ${i.label} ${i.higherIsBetter?"↑":"↓"}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${r.map(i=>u`
            <tr data-method=${i.name} class=${i.name===$r?"baseline":""}>
              <td>${i.name===$r?"random (baseline)":i.name}${i.refused?u`
                <span class="refused" title=${i.errors.join(`
`)}>refused ${i.refused} of ${e.length}</span>`:f}</td>
              ${ue.map(({key:a})=>{let l=i[a],c=`over ${i.counts[a]} of ${e.length} examples`;return u`<td class="num" data-col=${a}
                    title=${l==null?"undefined on every example":`${l.toPrecision(6)} ${c}`}>${l==null?"–":l.toFixed(3)}</td>`})}
            </tr>`)}
        </tbody>
      </table>`}updated(e){super.updated(e),Object.assign(this.dataset,{scope:this.scope,sortKey:this.sortKey,methods:this.methodsConfig,examples:String(this.data?.length??0)})}};S("faithfulness-module",dt);var Cn=/^(\[(CLS|SEP|PAD|MASK)\]|<\/?s>|<pad>|<mask>|<cls>|<sep>)$/;function ut(n){return Cn.test(n)}function xr(n){return ut(n)?n:n.replace(/^##(?=.)/,"").replace(/<\/w>$/,"").replace(/^[Ġ▁]+/,"")||"␣"}function wr(n){let t=n.findIndex(e=>e==="[SEP]"||e==="</s>");return n.map((e,r)=>t>=0&&r>t?1:0)}function Ln(n){let t=n.spec?.output??{},e=new Map;for(let[c,d]of Object.entries(t))d?.name!=="AttentionHeads"||!d.align_in||!(d.align_in in t)||e.set(d.align_in,[...e.get(d.align_in)??[],c]);let r=null;for(let c of e)(r==null||c[1].length>r[1].length)&&(r=c);if(r==null)return null;let[s,o]=r,i=o.map((c,d)=>{let h=/(\d+)/.exec(c);return[h?Number(h[1]):d,c]}),l=new Set(i.map(([c])=>c)).size===i.length?i.sort((c,d)=>c[0]-d[0]):o.map((c,d)=>[d,c]);return{tokensField:s,layers:l}}function K(n){if(n==null)return null;if(n.interpreters?.includes(_e))return{kind:"interpreter"};let t=Ln(n);return t?{kind:"predictions",...t}:null}function qe(n){return Object.values(n).some(t=>K(t)!=null)}var Pn=8,z=new Map,De=new Map,ht=new Map;function Rn(n,t){for(z.delete(n),z.set(n,t);z.size>Pn;)z.delete(z.keys().next().value)}function Hn(n,t){if(n==null)return!1;let e=t??n.allLayers;return e!=null&&e.every(r=>n.layers.has(r))}function Fn(n,t,e){let r=n;if(!Array.isArray(r)||r.some(o=>!Array.isArray(o)||o.length!==t)){let o=Array.isArray(r)&&Array.isArray(r[0])?r[0].length:"?";throw new Error(`${e} has ${o} positions but the tokens have ${t}.`)}let s=new Float32Array(r.length*t*t);return r.forEach((o,i)=>o.forEach((a,l)=>{if(a.length!==t)throw new Error(`${e} row ${l} has ${a.length} values, not ${t}.`);s.set(a,(i*t+l)*t)})),[r.length,s]}async function Nn(n,t,e,r,s){let o=s.layers.map(([,d])=>d),[i]=await n.getPreds([r],e,t,[],[s.tokensField,...o],"Fetching attention"),a=i[s.tokensField],l=new Map,c=0;for(let[d,h]of s.layers){let[p,m]=Fn(i[h],a.length,h);c=p,l.set(d,m)}return{tokens:a,displayTokens:a.map(xr),specialTokens:a.map(ut),segmentIds:wr(a),numHeads:c,allLayers:s.layers.map(([d])=>d),layers:l,source:"predictions"}}async function On(n,t,e,r,s){let o=s?{layers:s}:{},[i]=await n.getInterpretations([r],e,t,_e,o,"Fetching attention",!0),a=er(i),l=a.numLayers!=null?Array.from({length:a.numLayers},(c,d)=>d):s==null?a.layers:ht.get(e)??null;return l&&ht.set(e,l),{tokens:a.tokens,displayTokens:a.displayTokens,specialTokens:a.specialTokens,segmentIds:a.segmentIds,numHeads:a.numHeads,allLayers:l,layers:new Map(a.layers.map((c,d)=>[c,a.weights[d]])),source:"interpreter"}}function Dn(){return new Promise(n=>setTimeout(n,0))}async function ee(n,t,e,r,s,o){let i=`${e}\0${t}\0${s.id}`,a=z.get(i);if(Hn(a,o))return a;let l=r.kind==="interpreter"&&o!=null&&ht.has(e)?o:null,c=`${i}\0${l?.join(",")??"all"}`,d=De.get(c);return d==null&&(d=(l==null?Dn().then(()=>Promise.allSettled([...De].filter(([p])=>p.startsWith(`${i}\0`)&&p!==c).map(([,p])=>p))):Promise.resolve()).then(()=>r.kind==="interpreter"?On(n,t,e,s,l):Nn(n,t,e,s,r)).then(p=>{let m=z.get(i);return m&&(p.layers.forEach((g,b)=>m.layers.set(b,g)),m.allLayers??=p.allLayers,p=m),Rn(i,p),p}).finally(()=>De.delete(c)),De.set(c,d)),d}var Sr=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function A(n){return n<Sr.length?Sr[n]:`hsl(${(n*137.508%360).toFixed(1)}, 65%, 42%)`}function pt(n){if(n.startsWith("#")){let i=parseInt(n.slice(1),16);return[i>>16&255,i>>8&255,i&255]}let[t,e,r]=(n.match(/[\d.]+/g)??["0","0","0"]).map(Number),s=e/100*Math.min(r/100,1-r/100),o=i=>{let a=(i+t/30)%12;return Math.round(255*(r/100-s*Math.max(-1,Math.min(a-3,9-a,1))))};return[o(0),o(8),o(4)]}function te(n,t){let[e,r,s]=pt(n);return`rgba(${e}, ${r}, ${s}, ${t.toFixed(3)})`}var kr=[33,102,172],Er=[202,72,34];function he(n,t){let e=t>0?Math.min(1,Math.abs(n)/t):0,[r,s,o]=n>=0?kr:Er;return[Math.round(255+(r-255)*e),Math.round(255+(s-255)*e),Math.round(255+(o-255)*e)]}function W([n,t,e]){return`rgb(${n}, ${t}, ${e})`}var Ar=[128,134,139];function mt(n,t){let e=t>0?Math.min(1,Math.abs(n)/t):0,r=n>=0?kr:Er;return[0,1,2].map(s=>Math.round(Ar[s]+(r[s]-Ar[s])*e))}var Q="head-focus",ft=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(Q,{detail:{...e}}))}},T=new ft;var Mr=`.heads {
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
`;var _=64,Bn=12e3,E=8,Un=150,_r=n=>`${n}px Roboto, sans-serif`;function Vn(n){return n<=40?[20,13]:n<=128?[16,12]:[13,10]}function Ir(n,t,e){let[r,s]=Vn(t.visible.length);n.font=_r(s);let o=20;for(let m of t.visible)o=Math.max(o,n.measureText(t.labels[m]).width);o=Math.min(Un,Math.ceil(o));let i=Math.min(8,r-6),l=t.numHeads*(i+1)+E+o+E,c=Math.max(80,Math.min(360,e-2*l)),d=Math.max(0,Math.floor((e-c-2*l)/2)),h=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((m,g)=>h[m]=g);let p=6;return{width:Math.max(e,c+2*l),height:p*2+t.visible.length*r,rowHeight:r,fontSize:s,top:p,leftTextRight:d+l-E,rightTextLeft:d+l+c+E,textWidth:o,squareSize:i,rowOf:h}}function yt(n){return n==="all"?null:[n[0]==="A"?0:1,n[1]==="A"?0:1]}function jn(n,t,e){let r=yt(n.filter);return r==null||n.segmentIds[t]===r[0]&&n.segmentIds[e]===r[1]}function Be(n,t){return n.top+n.rowOf[t]*n.rowHeight+n.rowHeight/2}function Tr(n,t){let e=n.tokens.length,{weights:r,visible:s,active:o,threshold:i}=n,a=yt(n.filter),l=n.segmentIds,c=o?.side==="left"?[o.index]:s,d=o?.side==="right"?[o.index]:s;for(let h of n.heads){let p=h*e*e;for(let m of c){if(a&&l[m]!==a[0])continue;let g=p+m*e;for(let b of d){if(a&&l[b]!==a[1])continue;let v=r[g+b];v>=i&&v>0&&t(h,m,b,Math.min(_,Math.max(1,Math.round(v*_))))}}}}function Cr(n,t,e){n.clearRect(0,0,e.width,e.height);let r=new Int32Array(_+1);Tr(t,(p,m,g,b)=>r[b]++);let s=1,o=0;for(let p=_;p>=1;p--){if(o>0&&o+r[p]>Bn){s=p+1;break}o+=r[p]}let i=0;for(let p=1;p<=_;p++)i+=r[p];let a=e.leftTextRight+E/2,l=e.rightTextLeft-E/2,c=new Float64Array(t.tokens.length);for(let p of t.visible)c[p]=Be(e,p);let d=new Map;Tr(t,(p,m,g,b)=>{if(b<s)return;let v=p*(_+1)+b,H=d.get(v);H==null&&d.set(v,H=new Path2D),H.moveTo(a,c[m]),H.lineTo(l,c[g])}),n.lineWidth=1;for(let[p,m]of d){let g=Math.floor(p/(_+1)),b=p%(_+1);n.strokeStyle=te(t.headColors[g],b/_),n.stroke(m)}let h=s>1?(s-.5)/_:t.threshold;return{lines:o,overBudget:i-o,cutoff:h}}function zn(n,t,e){if(n.measureText(t).width<=e)return t;let r=t.length;for(;r>1&&n.measureText(`${t.slice(0,r)}…`).width>e;)r--;return`${t.slice(0,r)}…`}function Kn(n,t,e){let r=[];n.font=_r(e.fontSize),n.textBaseline="middle";let s=yt(t.filter);for(let o of["left","right"]){n.textAlign=o==="left"?"right":"left";let i=o==="left"?e.leftTextRight:e.rightTextLeft;for(let a of t.visible){let l=Be(e,a),c=t.active?.side===o&&t.active.index===a;if(c){let m=o==="left"?i-e.textWidth-2:i-2;n.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",n.fillRect(m,l-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let d=s?s[o==="left"?0:1]:null,h=d!=null&&t.segmentIds[a]!==d;n.fillStyle=h?"#bdc1c6":c?"#202124":"#3c4043";let p=zn(n,t.labels[a],e.textWidth);n.fillText(p,i,l),o==="left"&&r.push(p)}}return r}function Wn(n,t,e){let r=t.active;if(r==null)return;let s=t.tokens.length,o=e.squareSize,i=r.side==="right";for(let a of t.visible){let[l,c]=i?[a,r.index]:[r.index,a];if(!jn(t,l,c))continue;let d=Be(e,a);t.heads.forEach((h,p)=>{let m=t.weights[h*s*s+l*s+c],g=i?e.leftTextRight-e.textWidth-E-(p+1)*(o+1):e.rightTextLeft+e.textWidth+E+p*(o+1);n.fillStyle=te(t.headColors[h],Math.min(1,m)),n.fillRect(g,d-o/2,o,o)})}}function Lr(n,t,e){n.clearRect(0,0,e.width,e.height);let r=Kn(n,t,e);return Wn(n,t,e),r}function Pr(n,t,e,r){for(let s of[n,t])s.style.width=`${e.width}px`,s.style.height=`${e.height}px`;n.width=e.width,n.height=e.height,t.width=Math.round(e.width*r),t.height=Math.round(e.height*r),t.getContext("2d").setTransform(r,0,0,r,0,0)}function Rr(n,t,e,r){let s=Math.floor((r-t.top)/t.rowHeight);if(s<0||s>=n.visible.length)return null;let o=(t.leftTextRight+t.rightTextLeft)/2,i=e<o?"left":"right",a=n.numHeads*(t.squareSize+1)+E;return(i==="left"?e>=t.leftTextRight-t.textWidth-a&&e<=t.leftTextRight+E:e>=t.rightTextLeft-E&&e<=t.rightTextLeft+t.textWidth+a)?{side:i,index:n.visible[s]}:null}function Hr(n,t,e){return e<0||e>=n.rowOf.length||n.rowOf[e]<0?null:{x:t==="left"?n.leftTextRight-10:n.rightTextLeft+10,y:Be(n,e)}}var Qn=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],Fr=[.01,.02,.05,.1,.2],gt=class extends ${constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.sceneKey="";this.drawnWeights=null;this.labelsDrawn=[];this.fullLines=null;this.fullResult=null;this.resizeObserver=null;this.laidOut=null;this.emptyMessage="Select an example to see its attention.";this.onFocus=e=>{this.applyFocus(e.detail,!0)};this.onMouseMove=e=>{let r=this.tokenAt(e),s=(o,i)=>o?.side===i?.side&&o?.index===i?.index;this.pinned==null&&!s(r,this.hovered)&&(this.hovered=r,this.repaintActive()),this.showTooltip(e,r)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let r=this.tokenAt(e),s=r&&this.pinned&&r.side===this.pinned.side&&r.index===this.pinned.index;this.pinned=r==null||s?null:r,this.hovered=r};this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=Fr[0],this.pinned=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static shouldDisplayModule(e){return qe(e)}static{this.styles=w(Mr)}static{this.properties={layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0}}}connectedCallback(){super.connectedCallback(),T.addEventListener(Q,this.onFocus),T.focus?.model===this.model&&this.applyFocus(T.focus,!1)}disconnectedCallback(){super.disconnectedCallback(),T.removeEventListener(Q,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e,r){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.reload()),r&&this.scrollIntoView({block:"nearest"}))}inputsChanged(){this.pinned=null}async load([e]){let r=K(this.appState.currentModelInfos[this.model]);if(r==null)throw new Error(`Model '${this.model}' returns no attention.`);return performance.mark("lit-ext:head-view:request"),ee(this.apiService,this.appState.currentDataset,this.model,r,e,[this.layer])}accept(e){if(performance.mark("lit-ext:head-view:data",{detail:{tokens:e.tokens.length}}),e.allLayers&&!e.allLayers.includes(this.layer)&&(this.layer=e.allLayers[0],!e.layers.has(this.layer))){this.reload();return}let r=this.data!=null&&this.data.numHeads!==e.numHeads,s=this.data==null&&this.selectedHeads.length===0;(r||s||this.selectedHeads.some(o=>o>=e.numHeads))&&(this.selectedHeads=Array.from({length:e.numHeads},(o,i)=>i)),this.data=e,this.requestUpdate()}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.reload()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(r=>r!==e):[...this.selectedHeads,e].sort((r,s)=>r-s)}soloHead(e){let r=this.data?.numHeads??0,s=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=s?Array.from({length:r},(o,i)=>i):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,r=e?.allLayers??[...e?.layers.keys()??[]],s=l=>this.setLayer(Number(l.target.value)),o=l=>{this.filter=l.target.value},i=l=>{this.threshold=Number(l.target.value)},a=l=>{this.hideSpecial=l.target.checked,this.pinned=null};return u`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${s} ?disabled=${!r.length}>
            ${r.map(l=>u`<option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        ${this.isPair?u`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${o}>
              ${Qn.map(([l,c])=>u`
                <option value=${l} ?selected=${l===this.filter}>${c}</option>`)}
            </select>
          </label>`:f}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${i}>
            ${Fr.map(l=>u`
              <option value=${l} ?selected=${l===this.threshold}>${l}</option>`)}
          </select>
        </label>
        <label title=${Le}><input type="checkbox" class="hide-special"
            .checked=${this.hideSpecial} @change=${a}>Hide special tokens</label>
      </div>
      ${e?this.renderHeads(e.numHeads):f}`}renderHeads(e){let r=()=>{this.selectedHeads=Array.from({length:e},(s,o)=>o)};return u`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(s,o)=>{let i=this.selectedHeads.includes(o),a=A(o);return u`
            <button class="head-chip ${i?"on":""}" data-head=${o}
                style="--head-color: ${a}" aria-pressed=${i}
                title="Head ${o}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(o)} @dblclick=${()=>this.soloHead(o)}>
              ${o}
            </button>`})}
        <button class="hairline-button" @click=${r}>All</button>
        <button class="hairline-button" @click=${()=>this.selectedHeads=[]}>None</button>
      </div>`}renderData(){return u`
      <div class="hint legend">${this.legendText()}<span class="line-stats"></span></div>
      <div class="canvas-stack">
        <canvas class="lines"></canvas>
        <canvas class="labels" @mousemove=${this.onMouseMove}
            @mouseleave=${this.onMouseLeave} @click=${this.onCanvasClick}></canvas>
      </div>
      <div class="tooltip" hidden></div>`}legendText(){return`Left: attending tokens; right: attended tokens. ${this.pinned?"Click the pinned token again (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it."}`}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let r=Math.floor(e.clientWidth-16);r>0&&r!==this.canvasWidth&&(this.canvasWidth=r,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.observeWidth(),this.redraw()}buildScene(){let e=this.data,r=e?.layers.get(this.layer);if(e==null||r==null)return null;let s=e.tokens.map((o,i)=>i).filter(o=>!this.hideSpecial||!e.specialTokens[o]);return{tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:r,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(o,i)=>A(i)),visible:s,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null}}canvases(){let e=this.renderRoot.querySelector("canvas.lines"),r=this.renderRoot.querySelector("canvas.labels");return e&&r?[e,r]:null}redraw(){let e=this.buildScene();this.scene=e;let r=this.canvases();if(e==null||r==null||this.canvasWidth<=0)return;let[s,o]=r,i=[this.layer,e.heads.join(","),e.filter,e.threshold,e.visible.length,this.canvasWidth].join("|");if(i!==this.sceneKey||e.weights!==this.drawnWeights||s!==this.laidOut||this.geometry==null){this.sceneKey=i,this.laidOut=s,this.drawnWeights=e.weights,this.fullLines=null,this.fullResult=null;let a=Ir(o.getContext("2d"),e,this.canvasWidth);this.geometry=a,Pr(s,o,a,window.devicePixelRatio||1)}this.paint()}paint(){let e=this.canvases(),r=this.scene,s=this.geometry;if(e==null||r==null||s==null)return;let[o,i]=e,a=o.getContext("2d"),l;if(r.active==null&&this.fullLines&&this.fullResult)a.clearRect(0,0,s.width,s.height),a.drawImage(this.fullLines,0,0),l=this.fullResult;else{if(r.active!=null&&this.fullLines==null&&this.fullResult!=null){let d=document.createElement("canvas");d.width=o.width,d.height=o.height,d.getContext("2d").drawImage(o,0,0),this.fullLines=d}l=Cr(a,r,s),r.active==null&&(this.fullResult=l)}this.labelsDrawn=Lr(i.getContext("2d"),r,s),this.describeLines(l);let c=r.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:c,lines:l.lines}})})}describeLines(e){Object.assign(this.dataset,{source:this.data?.source??"",layer:String(this.layer),filter:this.scene?.filter??"",heads:this.scene?.heads.join(",")??"",tokens:String(this.scene?.tokens.length??0),lines:String(e.lines),hiddenLines:String(e.overBudget),active:this.scene?.active?`${this.scene.active.side}:${this.scene.active.index}`:""});let r=this.renderRoot.querySelector(".line-stats");if(r==null)return;let s=e.lines.toLocaleString("en-US");r.textContent=e.overBudget>0?`${s} strongest lines drawn (weights ≥ ${e.cutoff.toFixed(3)}); ${e.overBudget.toLocaleString("en-US")} weaker ones hidden to stay fast.`:`${s} lines (weights ≥ ${e.cutoff}).`}repaintActive(){this.scene!=null&&(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint())}drawnLabels(){return[...this.labelsDrawn]}tokenPosition(e,r){return this.geometry?Hr(this.geometry,e,r):null}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let r=e.target.getBoundingClientRect();return Rr(this.scene,this.geometry,e.clientX-r.left,e.clientY-r.top)}showTooltip(e,r){let s=this.renderRoot.querySelector(".tooltip");if(s==null)return;let o=e&&r?this.tooltipText(r):"";s.hidden=!o,!(!o||!e)&&(s.textContent=o,s.style.left=`${e.clientX+14}px`,s.style.top=`${e.clientY+10}px`)}tooltipText(e){let r=this.scene,s=this.data;if(r==null||s==null)return"";let o=h=>x(s,h),i=this.pinned??this.hovered,a=r.tokens.length;if(i==null||i.side===e.side){let h=e.side==="left"?"attends from":"is attended by";return`${o(e.index)}
layer ${this.layer}: ${h} the lines shown`+(this.pinned?"":`
click to pin`)}let[l,c]=i.side==="left"?[i.index,e.index]:[e.index,i.index],d=r.heads.map(h=>{let p=r.weights[h*a*a+l*a+c];return`  head ${String(h).padStart(2)}: ${p.toFixed(4)}`});return`${o(l)} → ${o(c)}, layer ${this.layer}
${d.join(`
`)}`}};S("head-view-module",gt);function bt(n,t,e={left:28,right:8,top:8,bottom:18}){return{width:n,height:t,left:e.left,right:n-e.right,top:e.top,bottom:t-e.bottom}}function pe(n,t,e){return n.left+(t+.5)*(n.right-n.left)/e}function I(n,t){let e=Math.min(1,Math.max(0,t));return n.bottom-e*(n.bottom-n.top)}function Nr(n,t,e=.7){return e*(n.right-n.left)/t}function Or(n,t){if(n.length!==t.length)throw new Error(`${n.length} layer predictions for ${t.length} labels.`);if(n.length===0)throw new Error("No examples to score.");let e=n[0].layers,r=e.map(()=>0),s=new Map,o=0;return n.forEach((i,a)=>{if(i.layers.length!==e.length)throw new Error(`Example ${a} has ${i.layers.length} layers, not ${e.length}.`);let l=t[a]?i.labels.indexOf(t[a]):-1;l<0||(o++,s.set(l,(s.get(l)??0)+1),i.probas.forEach((c,d)=>{j(c)===l&&r[d]++}))}),{layers:e,correct:r,scored:o,skipped:n.length-o,accuracy:r.map(i=>o?i/o:NaN),majority:o?Math.max(...s.values())/o:NaN}}var Dr=`.panel {
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
`;var Xn=8,Ue="dataset";function vt(n){return n==="embeddings"?"emb":n}function qr(n){return[0,.5,1].map(t=>P`
    <line class="grid" x1=${n.left} x2=${n.right} y1=${I(n,t)} y2=${I(n,t)}></line>
    <text class="tick" x=${n.left-4} y=${I(n,t)+3} text-anchor="end">${t}</text>`)}function Br(n,t){return t.map((e,r)=>P`
    <text class="tick" x=${pe(n,r,t.length)} y=${n.bottom+12}
        text-anchor="middle">${vt(e)}</text>`)}function Ur(n){return[n.left,n.right,n.top,n.bottom].join(",")}var $t=class extends ${constructor(){super();this.run=new J(()=>this.requestUpdate());this.emptyMessage="Select examples to see their prediction layer by layer.";this.accuracy=null}static{this.title="Layer Predictions"}static{this.infoMarkdown="When does the label appear? The model's own classification head applied to each layer's hidden state at the pooling position ([CLS], <s>), from the embeddings up; the last layer's row is the model's prediction. Per selected example: the probability of each class by layer. Over the dataset: the accuracy of each layer's predicted class against the gold labels."}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return M(e,de)}static{this.styles=w(Dr)}static{this.properties={accuracy:{state:!0}}}get inputs(){return this.selectionService.selectedInputData}connectedCallback(){super.connectedCallback(),this.react(()=>[this.model,this.appState.currentDataset],()=>this.stopScoring())}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}async load(e){let r=e.slice(0,Xn);return(await V(this.apiService,r,this.model,this.appState.currentDataset,de,{},{message:"Predicting layer by layer"})).map((o,i)=>({input:r[i],layers:ct(o)}))}goldField(){let e=this.appState.currentModelInfos[this.model]?.spec?.output??{};return Object.values(e).find(s=>s?.name==="MulticlassPreds")?.parent??null}async scoreDataset(){let e=this.appState.currentInputData,r=this.goldField();this.accuracy=null;let s=this.run.track(i=>V(this.apiService,e,this.model,this.appState.currentDataset,de,{},{...i,message:"Predicting layer by layer over the dataset"})),o=await this.request(Ue,s.then(i=>Or(i.map(ct),e.map(a=>r==null?null:a.data[r]))));o!=null&&(this.accuracy=o)}stopScoring(){this.run.stop(),this.accuracy=null,this.cancel(Ue)}renderControls(){let e=this.appState.currentInputData.length,r=this.run.running,[s,o]=this.run.progress??[0,e];return u`
      <div class="toolbar">
        <button class="hairline-button score-dataset" ?disabled=${r||e===0}
            @click=${()=>this.scoreDataset()}>
          Accuracy by layer over the dataset (${e} examples)</button>
        ${r?u`
          <progress class="dataset-progress" max=${o} value=${s}></progress>
          <span class="hint">${s} / ${o}</span>
          <button class="hairline-button stop" @click=${()=>this.stopScoring()}>Stop</button>`:f}
      </div>
      ${this.renderAccuracy()}`}renderAccuracy(){let e=this.renderStatus(Ue),r=this.accuracy;if(r==null)return e===f?f:u`<div class="panel">${e}</div>`;let s=bt(Math.max(240,36*r.layers.length),120),o=r.layers.length,i=Nr(s,o),a=r.skipped?`; ${r.skipped} without a gold label the model predicts were left out`:"";return u`
      <div class="panel accuracy">
        <div class="hint">Accuracy of each layer's predicted class over ${r.scored}
          examples${a}. Dashed: the most frequent label's share (chance level).</div>
        <svg class="accuracy-chart" width=${s.width} height=${s.height}
            data-area=${Ur(s)}>
          ${qr(s)}
          ${r.accuracy.map((l,c)=>P`
            <rect class="bar" x=${pe(s,c,o)-i/2} y=${I(s,l)}
                width=${i} height=${s.bottom-I(s,l)}
                data-layer=${r.layers[c]}>
              <title>${vt(r.layers[c])}: ${r.correct[c]} / ${r.scored} = ${l.toFixed(3)}</title>
            </rect>
            <text class="value" x=${pe(s,c,o)} y=${I(s,l)-3}
                text-anchor="middle">${l.toFixed(2)}</text>`)}
          <line class="majority" x1=${s.left} x2=${s.right} y1=${I(s,r.majority)}
              y2=${I(s,r.majority)}>
            <title>Always predicting the most frequent label: ${r.majority.toFixed(3)}</title>
          </line>
          ${Br(s,r.layers)}
        </svg>
      </div>`}renderData(e){let r=this.inputs.length-e.length,s=e[0]?.layers.labels??[];return u`
      <div class="legend">
        ${s.map((o,i)=>u`
          <span class="legend-item"><span class="swatch"
              style="background: ${A(i)}"></span>${o}</span>`)}
      </div>
      <div class="charts">
        ${e.map(o=>this.renderExample(o))}
      </div>
      ${r>0?u`<div class="hint">${r} more selected examples are not shown.</div>`:f}`}renderExample({input:e,layers:r}){let s=bt(Math.max(200,26*r.layers.length),110),o=r.layers.length,i=Object.values(e.data).find(l=>typeof l=="string"),a=r.labels[j(r.probas[o-1])];return u`
      <figure class="example" data-id=${e.id}>
        <figcaption title=${i??e.id}>${i??e.id}</figcaption>
        <svg class="layer-chart" width=${s.width} height=${s.height}
            data-area=${Ur(s)}>
          ${qr(s)}
          ${r.labels.map((l,c)=>{let d=r.probas.map((h,p)=>[pe(s,p,o),I(s,h[c])]);return P`
              <polyline class="line" stroke=${A(c)}
                  points=${d.map(h=>h.join(",")).join(" ")}></polyline>
              ${d.map(([h,p],m)=>P`
                <circle class="point" cx=${h} cy=${p} r="3" fill=${A(c)}
                    data-class=${l} data-layer=${r.layers[m]}>
                  <title>${l} at ${vt(r.layers[m])}: ${r.probas[m][c].toFixed(3)}</title>
                </circle>`)}`})}
          ${Br(s,r.layers)}
        </svg>
        <div class="hint">Prediction: ${a}</div>
      </figure>`}updated(e){super.updated(e),this.dataset.accuracy=this.stateOf(Ue,this.accuracy!=null),this.dataset.charts=String(this.data?.length??0)}};S("layer-predictions-module",$t);function Vr(n){if(n.length===0)throw new Error("No head importance to average.");let[t]=n;for(let s of n)if(s.numLayers!==t.numLayers||s.numHeads!==t.numHeads||s.method!==t.method)throw new Error(`Head importance of different shapes or methods: ${t.numLayers}×${t.numHeads} ${t.method} and ${s.numLayers}×${s.numHeads} ${s.method}.`);let e=t.importance.map((s,o)=>s.map((i,a)=>Oe(n.map(l=>l.importance[o][a])))),r=Math.max(0,...e.flat().map(Math.abs));return{method:t.method,numLayers:t.numLayers,numHeads:t.numHeads,values:e,examples:n.length,extent:r}}function me(n,t){return`${n}:${t}`}function Ve(n){return[...n].map(t=>t.split(":").map(Number)).sort((t,e)=>t[0]-e[0]||t[1]-e[1]).map(([t,e])=>me(t,e)).join(",")}var jr=`.grid {
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
`;function Zn(n){let t=Math.abs(n).toFixed(3);return Number(t)===0?t:`${n>0?"+":"−"}${t}`}function zr(n,t){return u`
    <td class="num" data-col=${n} data-value=${t} title=${t.toPrecision(6)}>
      <span class="bar" style="width: ${Math.round(48*t)}px"></span>${t.toFixed(3)}</td>`}function Kr(n){let t=j(n.probas),e=j(n.probasAblated),r=n.heads.length===0?"No head is switched off.":t===e?`The prediction stays ${n.labels[t]}.`:`The prediction changes: ${n.labels[t]} → ${n.labels[e]}.`;return u`
    <table class="prediction-change">
      <thead>
        <tr><th>Class</th><th class="num">Full model</th><th class="num">Heads off</th>
          <th class="num">Δ</th></tr>
      </thead>
      <tbody>
        ${n.labels.map((s,o)=>u`
          <tr data-class=${s} class=${o===e?"predicted":""}>
            <td>${s}</td>
            ${zr("before",n.probas[o])}
            ${zr("after",n.probasAblated[o])}
            <td class="num delta" data-col="delta">${Zn(n.probasAblated[o]-n.probas[o])}</td>
          </tr>`)}
      </tbody>
    </table>
    <div class="verdict ${t===e?"":"changed"}">${r}</div>`}function Wr(n,t,e,r,[s,o,i]){let a=Math.min(r,n.width),l=new Float32Array(a*a),c=e*r*r;for(let m=0;m<r;m++){let g=Math.floor(m*a/r)*a;for(let b=0;b<r;b++){let v=g+Math.floor(b*a/r),H=t[c+m*r+b];H>l[v]&&(l[v]=H)}}let d=new ImageData(a,a);for(let m=0;m<a*a;m++){let g=Math.sqrt(Math.min(1,l[m]));d.data[4*m]=Math.round(255+(s-255)*g),d.data[4*m+1]=Math.round(255+(o-255)*g),d.data[4*m+2]=Math.round(255+(i-255)*g),d.data[4*m+3]=255}let h=document.createElement("canvas");h.width=a,h.height=a,h.getContext("2d").putImageData(d,0,0);let p=n.getContext("2d");p.imageSmoothingEnabled=!1,p.clearRect(0,0,n.width,n.height),p.drawImage(h,0,0,n.width,n.height)}var Qr=[48,72,104],je="importance",fe="ablation",xt=class extends ${constructor(){super();this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.emptyMessage="Select an example to see its attention.";this.size=Qr[1],this.selected=null,this.clickAction="open",this.switchedOff=new Set,this.ablation=null,this.colorByImportance=!1,this.importanceMethod="ablation",this.importance=null}static{this.title="Attention: Model View"}static{this.infoMarkdown=`Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view. With "Click a head to: switch it off", clicks switch heads off (their context vectors zeroed) and the example's prediction is shown with and without them. "Colour by importance" colours each head by how much the prediction depends on it, averaged over the selected examples: ablation = the drop in the predicted class's probability when the head alone is switched off (blue: it supports the prediction, orange: it works against it); gradient = |∂L/∂ξ| for a gate ξ on the head (Michel et al. 2019).`}static{this.numCols=6}static shouldDisplayModule(e){return qe(e)}static{this.styles=w(jr)}static{this.properties={size:{state:!0},selected:{state:!0},clickAction:{state:!0},switchedOff:{state:!0},ablation:{state:!0},colorByImportance:{state:!0},importanceMethod:{state:!0},importance:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectionService.selectedInputData,this.model],()=>this.loadImportance())}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame)}async load([e]){let r=K(this.appState.currentModelInfos[this.model]);if(r==null)throw new Error(`Model '${this.model}' returns no attention.`);return ee(this.apiService,this.appState.currentDataset,this.model,r,e,null)}inputsChanged(){this.loadAblation()}async loadAblation(){let e=this.selectedInput;if(e==null||this.switchedOff.size===0&&this.clickAction==="open"){this.cancel(fe),this.ablation=null;return}let r=this.apiService.getInterpretations([e],this.model,this.appState.currentDataset,He,{heads:Ve(this.switchedOff)},"Predicting with heads switched off",!0),s=await this.request(fe,r.then(([o])=>ir(o)));s!=null&&(this.ablation=s)}async loadImportance(){let e=this.selectionService.selectedInputData;if(!this.colorByImportance||e.length===0){this.cancel(je),this.importance=null;return}let r=V(this.apiService,e,this.model,this.appState.currentDataset,Re,{method:this.importanceMethod},{message:"Measuring head importance"}),s=await this.request(je,r.then(o=>Vr(o.map(or))));s!=null&&(this.importance=s)}onThumbnail(e,r){if(this.clickAction==="open"){this.selected=[e,r],T.focusHead({model:this.model,layer:e,head:r});return}let s=me(e,r),o=new Set(this.switchedOff);o.delete(s)||o.add(s),this.switchedOff=o,this.loadAblation()}switchAllOn(){this.switchedOff=new Set,this.loadAblation()}renderControls(){let e=i=>i.target.value,r=i=>{this.clickAction=e(i),this.loadAblation()},s=i=>{this.colorByImportance=i.target.checked,this.loadImportance()},o=i=>{this.importanceMethod=e(i),this.loadImportance()};return u`
      <div class="toolbar">
        <label>Size
          <select class="dropdown size-select" @change=${i=>{this.size=Number(e(i))}}>
            ${Qr.map(i=>u`<option value=${i} ?selected=${i===this.size}>${i}px</option>`)}
          </select>
        </label>
        ${this.hasInterpreter(He)?u`
          <label title=${"A switched-off head has its context vector zeroed before the attention output projection."}>Click a head to
            <select class="dropdown click-action" @change=${r}>
              <option value="open" ?selected=${this.clickAction==="open"}>open it in the head view</option>
              <option value="switch-off" ?selected=${this.clickAction==="switch-off"}>switch it off</option>
            </select>
          </label>`:u`<span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>`}
        ${this.hasInterpreter(Re)?u`
          <label><input type="checkbox" class="color-by-importance"
              .checked=${this.colorByImportance} @change=${s}>Colour by importance</label>
          <select class="dropdown importance-method" ?disabled=${!this.colorByImportance}
              @change=${o} title="How head importance is measured">
            ${sr.map(i=>u`
              <option value=${i} ?selected=${i===this.importanceMethod}>${i}</option>`)}
          </select>`:f}
      </div>
      ${this.renderImportanceLegend()}
      ${this.renderAblation()}`}renderImportanceLegend(){if(!this.colorByImportance)return f;let e=this.importance,r=this.renderStatus(je,null,"Measuring head importance…");if(e==null)return u`<div class="panel">${r}</div>`;let s=e.extent,o=a=>u`<span class="swatch"
        style="background: ${W(mt(a,s))}"></span>`,i=`${e.examples} selected example${e.examples===1?"":"s"}`;return u`
      <div class="panel importance-legend">
        ${r}
        <span class="hint">Head importance (${e.method}), mean over ${i}:</span>
        ${e.method==="ablation"?u`${o(-s)}−${s.toFixed(3)}`:f}
        ${o(0)}0 ${o(s)}${s.toFixed(3)}
      </div>`}renderAblation(){if(this.clickAction==="open"&&this.switchedOff.size===0)return f;let e=Ve(this.switchedOff).split(",").filter(Boolean);return u`
      <div class="panel ablation">
        <div class="ablation-heads">
          <span class="hint">${e.length?`Switched off (layer:head): ${e.join(", ")}`:"Click heads to switch them off."}</span>
          ${e.length?u`<button class="hairline-button switch-all-on"
              @click=${()=>this.switchAllOn()}>Switch all on</button>`:f}
        </div>
        ${this.renderStatus(fe,null,"Predicting…")}
        ${this.ablation&&!this.errorOf(fe)?Kr(this.ablation):f}
      </div>`}thumbnailTitle(e,r){let s=this.colorByImportance?this.importance?.values[e]?.[r]:void 0,o=s==null?"":`, importance ${s.toFixed(4)}`,i=this.clickAction==="open"?"click to open in the head view":this.switchedOff.has(me(e,r))?"switched off: click to switch it on":"click to switch it off";return`Layer ${e}, head ${r}${o}: ${i}`}renderData(e){let r=[...e.layers.keys()].sort((o,i)=>o-i),s=Array.from({length:e.numHeads},(o,i)=>i);return u`
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${s.map(o=>u`<div class="col-label">H${o}</div>`)}
        ${r.map(o=>u`
          <div class="row-label">L${o}</div>
          ${s.map(i=>{let a=this.selected?.[0]===o&&this.selected?.[1]===i,l=this.switchedOff.has(me(o,i));return u`
              <div class="thumb-cell ${l?"off":""}">
                <canvas class="thumb ${a?"selected":""}" width=${this.size}
                    height=${this.size} data-layer=${o} data-head=${i}
                    title=${this.thumbnailTitle(o,i)}
                    @click=${()=>this.onThumbnail(o,i)}></canvas>
              </div>`})}`)}
      </div>`}headColor(e,r){let s=this.colorByImportance?this.importance:null,o=s?.values[e]?.[r];return o==null?pt(A(r)):mt(o,s.extent)}updated(e){super.updated(e),Object.assign(this.dataset,{selected:this.selected?this.selected.join(":"):"",source:this.data?.source??"",switchedOff:Ve(this.switchedOff),ablation:this.stateOf(fe,this.ablation!=null),importance:this.colorByImportance?this.stateOf(je,this.importance!=null):"off"}),["data","size","importance","colorByImportance"].some(r=>e.has(r))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(r=>{for(let s of r){let o=s.target;s.isIntersecting&&!this.drawn.has(o)&&this.pending.add(o)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(r=>this.observer.observe(r)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let r=e.tokens.length,s=performance.now();for(let o of this.pending){if(this.pending.delete(o),!o.isConnected)continue;let i=Number(o.dataset.layer),a=Number(o.dataset.head),l=e.layers.get(i);if(l!=null&&(Wr(o,l,a,r,this.headColor(i,a)),this.drawn.add(o),performance.now()-s>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};S("model-view-module",xt);var Gr=new Map;async function ze(n,t,e,r,s){let o=Gr.get(e);if(o)return o;let i=K(r);if(i==null)throw new Error(`Model '${e}' has no 'attention' interpreter or AttentionHeads outputs, so its layers and heads are unknown.`);let a=await ee(n,t,e,i,s,[0]),c={layers:a.allLayers??[...a.layers.keys()].sort((d,h)=>d-h),numHeads:a.numHeads};return Gr.set(e,c),c}var Xr=`.query-chips {
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
`;function Yr(n,t){let e=n.tokens.length,r=n.headDim,s=t*e,o=n.query.subarray(t*r,(t+1)*r),i=[],a=new Float64Array(e);for(let m=0;m<e;m++){let g=new Float32Array(r),b=0;for(let v=0;v<r;v++)g[v]=o[v]*n.key[m*r+v],b+=g[v];i.push(g),a[m]=n.scale*b}let l=n.terms.map(m=>Float64Array.from(m.values.subarray(s,s+e))),c=a.map((m,g)=>l.reduce((b,v)=>b+v[g],m)),d=Array.from({length:e},(m,g)=>n.keyAllowed?.[s+g]!==0),h=es(c,d),p=0;for(let m=0;m<e;m++)p=Math.max(p,Math.abs(h[m]-n.attention[s+m]));return{query:o,products:i,scaled:a,terms:l,sums:c,allowed:d,softmax:h,maxDiff:p}}function es(n,t){let e=-1/0;n.forEach((o,i)=>{t[i]&&(e=Math.max(e,o))});let r=n.map((o,i)=>t[i]?Math.exp(o-e):0),s=r.reduce((o,i)=>o+i,0);return r.map(o=>s>0?o/s:0)}function wt(n){return n.startsWith("1/")?`q·k/${n.slice(2)}`:`q·k·${n}`}function Ke(n){return[wt(n.scaleLabel),...n.terms.map(t=>t.name)].join(" + ")}var Zr=.001;function ts(n){let t=n.toFixed(3);return Number(t)===0?0 .toFixed(3):t}function At(n){return Math.max(3,Math.min(12,Math.floor(256/n)))}function re(n){let t=0;for(let e=0;e<n.length;e++)t=Math.max(t,Math.abs(n[e]));return t}function St(n,t,e){let r=n.getContext("2d"),s=At(t.length);for(let o=0;o<t.length;o++)r.fillStyle=W(he(t[o],e)),r.fillRect(o*s,0,s,n.height)}var kt=class extends ${constructor(){super();this.rows=null;this.onFocus=e=>{let r=e.detail;r.model===this.model&&(this.layer=r.layer,this.head=r.head,this.reload())};this.emptyMessage="Select an example to see its query and key vectors.";this.onMouseMove=e=>{let r=e.composedPath()[0],s=this.data,o=this.rows;if(!(r instanceof HTMLCanvasElement)||!r.classList.contains("vec")||s==null||o==null){this.hideTooltip();return}let i=s.headDim,a=Math.min(i-1,Math.max(0,Math.floor(e.offsetX/At(i)))),l=r.dataset.kind,c=Number(r.dataset.row),d=o.query[a],h=`query ${x(s,this.queryIndex)}, dim ${a}
q = ${d.toFixed(4)}`;if(l!=="query"){let m=s.key[c*i+a];h=`key ${x(s,c)}, dim ${a}
q = ${d.toFixed(4)}
k = ${m.toFixed(4)}
q∘k = ${(d*m).toFixed(4)}`}let p=this.renderRoot.querySelector(".tooltip");p.textContent=h,p.hidden=!1,p.style.left=`${e.clientX+14}px`,p.style.top=`${e.clientY+10}px`};this.hideTooltip=()=>{let e=this.renderRoot.querySelector(".tooltip");e&&(e.hidden=!0)};this.shape=null,this.layer=0,this.head=0,this.queryIndex=-1}static{this.title="Neurons: Query × Key"}static{this.infoMarkdown="For one layer, head and query token: every key vector, q∘k, the scaled score q·k/√d (or the model's own scale, e.g. q·k/√(3d) for DeBERTa), one column per term the model adds before the softmax (DeBERTa's content→position and position→content, MPNet's relative position bias; hover a column header or read the notes under the check for what each is), their sum, and the softmax over the keys the query may attend to (masked keys get 0). The view checks that this softmax equals the model's attention. q and k are shown after the model's position transform (rotary for ModernBERT). Blue = positive, orange = negative."}static{this.numCols=12}static shouldDisplayModule(e){return M(e,Ie)}static{this.styles=w(Xr)}static{this.properties={shape:{state:!0},layer:{state:!0},head:{state:!0},queryIndex:{state:!0}}}connectedCallback(){super.connectedCallback(),T.addEventListener(Q,this.onFocus)}disconnectedCallback(){super.disconnectedCallback(),T.removeEventListener(Q,this.onFocus)}inputsChanged(){this.queryIndex=-1}async load([e]){let r=this.apiService,s=this.appState.currentDataset,o=this.model,i=await ze(r,s,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers.includes(this.layer)?this.layer:i.layers[0],l=this.head<i.numHeads?this.head:0,[c]=await r.getInterpretations([e],o,s,Ie,{layer:a,head:l},"Fetching query/key vectors",!0);return tr(c)}accept(e){this.data=e,this.layer=e.layer,this.head=e.head;let r=e.tokens.length;if(this.queryIndex<0||this.queryIndex>=r){let s=e.specialTokens.findIndex(o=>!o);this.queryIndex=Math.max(0,s)}}setLayerHead(e,r){this.layer=e,this.head=r,this.reload()}renderControls(){let e=this.shape,r=this.data,s=r?.displayTokens??[],o=l=>this.setLayerHead(Number(l.target.value),this.head),i=l=>this.setLayerHead(this.layer,Number(l.target.value)),a=l=>{this.queryIndex=Number(l.target.value)};return u`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${o} ?disabled=${!e}>
            ${(e?.layers??[]).map(l=>u`
              <option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        <label>Head
          <select class="dropdown head-select" @change=${i} ?disabled=${!e}>
            ${Array.from({length:e?.numHeads??0},(l,c)=>u`
              <option value=${c} ?selected=${c===this.head}>${c}</option>`)}
          </select>
        </label>
        <label>Query token
          <select class="dropdown query-select" @change=${a} ?disabled=${!s.length}>
            ${s.map((l,c)=>u`
              <option value=${c} ?selected=${c===this.queryIndex}
                  title=${x(r,c)}>${c}: ${l}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${W(he(1,1))}"></span>positive
          <span class="swatch" style="background: ${W(he(-1,1))}"></span>negative
        </span>
      </div>`}renderQueryChips(e){return u`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${e.displayTokens.map((r,s)=>u`
          <button class="chip ${s===this.queryIndex?"selected":""}" data-index=${s}
              role="option" aria-selected=${s===this.queryIndex} title=${x(e,s)}
              @click=${()=>this.queryIndex=s}>${r}</button>`)}
      </div>`}renderCheck(e,r){let s=r.allowed.filter(l=>l).length,o=s<r.allowed.length?` over the ${s} allowed keys`:"",i=`softmax(${Ke(e)})${o}`;if(r.maxDiff<Zr)return u`<span class="check ok">${i} equals the model's attention (max |Δ| ${r.maxDiff.toExponential(1)})</span>`;let a=Number.isFinite(r.maxDiff)?`by up to ${r.maxDiff.toFixed(4)}`:"(a value is not a number)";return u`<span class="check bad">${i} differs from the model's attention ${a}: these columns do not explain this head.</span>`}renderNotes(e,r){let s=r.allowed.length-r.allowed.filter(i=>i).length,o=[...e.positionTransform?[`q and k are shown after the ${e.positionTransform} position transform.`]:[],...e.terms.map(i=>`${i.label} (${i.name}): ${i.description}.`),...s?[`${s} key${s===1?" is":"s are"} masked for this query: the model does not let it attend to them (probability 0).`]:[]];return o.length?u`<ul class="notes hint">${o.map(i=>u`<li>${i}</li>`)}</ul>`:f}renderSigned(e,r,s){return u`
      <td class="num" data-col=${e} title=${r.toFixed(6)}>
        <span class="bar signed" style="width: ${28*Math.abs(r)/s}px; background: ${W(he(r,s))}"></span>${ts(r)}</td>`}renderTable(e,r){let s=e.headDim*At(e.headDim),o=e.tokens.length,i=Math.max(re(r.scaled),...r.terms.map(re),re(r.sums))||1,a=e.terms.length>0,l=(c,d)=>u`
        <canvas class="vec" data-kind=${c} data-row=${d??f} width=${s}
            height="12" style="width: ${s}px"></canvas>`;return u`
      <div class="summary">
        Layer ${e.layer}, head ${e.head}, d = ${e.headDim}; query
        <b class="mono" title=${x(e,this.queryIndex)}>${e.displayTokens[this.queryIndex]}</b> (#${this.queryIndex}).
        ${this.renderCheck(e,r)}
      </div>
      ${this.renderNotes(e,r)}
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num" title="q·k times the model's scale, ${e.scaleLabel}">${wt(e.scaleLabel)}</th>
            ${e.terms.map(c=>u`
              <th class="num term" title="${c.name}: ${c.description}">${c.label}</th>`)}
            ${a?u`
              <th class="num" title="${Ke(e)}: the score the softmax takes">sum</th>`:f}
            <th class="num" title="softmax over the keys this query may attend to">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td>${l("query")}</td>
            <td colspan=${3+e.terms.length+(a?1:0)}></td>
          </tr>
        </thead>
        <tbody>
          ${e.displayTokens.map((c,d)=>{let h=r.softmax[d],p=[d===this.queryIndex?"is-query":"",r.allowed[d]?"":"masked"].join(" ");return u`
              <tr class=${p} data-key=${d}>
                <td class="token-col mono" title=${x(e,d)}>${c}</td>
                <td>${l("key",d)}</td>
                <td>${l("product",d)}</td>
                ${this.renderSigned("scaled",r.scaled[d],i)}
                ${e.terms.map((m,g)=>this.renderSigned(`term:${m.name}`,r.terms[g][d],i))}
                ${a?this.renderSigned("sum",r.sums[d],i):f}
                ${r.allowed[d]?u`
                  <td class="num" data-col="softmax" title=${`softmax ${h.toFixed(6)}; model attention ${e.attention[this.queryIndex*o+d].toFixed(6)}`}>
                    <span class="bar" style="width: ${40*h}px"></span>${h.toFixed(3)}</td>`:u`<td class="num masked-cell" data-col="softmax"
                      title="masked: this query may not attend to this key (probability 0)"
                      >masked</td>`}
              </tr>`})}
        </tbody>
      </table>`}renderData(e){let r=this.queryIndex>=0&&this.queryIndex<e.tokens.length;return this.rows=r?Yr(e,this.queryIndex):null,this.rows==null?f:u`
      <div @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
        ${this.renderQueryChips(e)}${this.renderTable(e,this.rows)}
        <div class="tooltip" hidden></div>
      </div>`}updated(e){super.updated(e);let r=this.data,s=this.rows;if(r==null||s==null||this.errorOf()!=null)return;let o=Math.max(re(r.key),re(s.query)),i=Math.max(...s.products.map(re))||1;for(let a of this.renderRoot.querySelectorAll("canvas.vec")){let l=a.dataset.kind,c=Number(a.dataset.row),d=r.headDim;l==="query"&&St(a,s.query,o),l==="key"&&St(a,r.key.subarray(c*d,(c+1)*d),o),l==="product"&&St(a,s.products[c],i)}Object.assign(this.dataset,{layer:String(r.layer),head:String(r.head),query:String(this.queryIndex),queryToken:r.displayTokens[this.queryIndex],rows:String(r.tokens.length),headDim:String(r.headDim),maxDiff:s.maxDiff.toExponential(2),check:s.maxDiff<Zr?"ok":"bad",formula:Ke(r),masked:String(s.allowed.filter(a=>!a).length)})}};S("neuron-view-module",kt);var Jr=`.factor-picker {
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
`;var ns=Array.from({length:16},(n,t)=>t+1);function ss(n){let t=n.tokens.length;return Array.from({length:n.k},(e,r)=>{let s=0;for(let o=0;o<t;o++)s=Math.max(s,n.factors[r*t+o]);return s})}var Et=class extends ${constructor(){super();this.emptyMessage="Select an example to factorise its neurons.";this.shape=null,this.k=8,this.fromLayer=0,this.toLayer=-1,this.excludeSpecial=!0,this.factor=null}static{this.title="NMF: Neuron Factors"}static{this.infoMarkdown="Non-negative matrix factorisation of the FFN neuron activations (Ecco's method): k factors of neurons that fire together, how strongly each token activates them, and which neurons and layers make up each factor."}static{this.numCols=12}static shouldDisplayModule(e){return M(e,Ce)}static{this.styles=w(Jr)}static{this.properties={shape:{state:!0},k:{state:!0},fromLayer:{state:!0},toLayer:{state:!0},excludeSpecial:{state:!0},factor:{state:!0}}}async load([e]){let r=this.apiService,s=this.appState.currentDataset,o=this.model,i=await ze(r,s,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers[i.layers.length-1],l=this.toLayer<0||this.toLayer>a?a:this.toLayer,c=Math.min(this.fromLayer,l),d={n_components:this.k,from_layer:c,to_layer:l+1,exclude_special_tokens:this.excludeSpecial},[h]=await r.getInterpretations([e],o,s,Ce,d,"Factorising neuron activations",!0);return rr(h)}accept(e){this.fromLayer=e.layers[0],this.toLayer=e.layers[e.layers.length-1],this.data=e,this.factor!=null&&this.factor>=e.k&&(this.factor=null)}renderControls(){let e=this.shape?.layers??[],r=e.length?e[e.length-1]:-1,s=this.toLayer<0||this.toLayer>r?r:this.toLayer,o=a=>Number(a.target.value),i=a=>{a(),this.reload()};return u`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${a=>i(()=>this.k=o(a))}>
            ${ns.map(a=>u`<option value=${a} ?selected=${a===this.k}>${a}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.fromLayer=o(a),this.toLayer=Math.max(s,this.fromLayer)})}>
            ${e.map(a=>u`<option value=${a} ?selected=${a===this.fromLayer}>${a}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.toLayer=o(a),this.fromLayer=Math.min(this.fromLayer,this.toLayer)})}>
            ${e.map(a=>u`<option value=${a} ?selected=${a===s}>${a}</option>`)}
          </select>
        </label>
        <label title=${Le}><input type="checkbox" class="special-toggle"
            .checked=${this.excludeSpecial}
            @change=${a=>i(()=>{this.excludeSpecial=a.target.checked})}>Leave out special tokens</label>
        ${this.data?u`<span class="hint">Reconstruction error ${(this.data.reconstructionError*100).toFixed(1)}%</span>`:f}
      </div>`}renderFactorPicker(e){let r=s=>()=>{this.factor=this.factor===s?null:s};return u`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor==null?"on":""}" @click=${r(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length:e.k},(s,o)=>u`
          <button class="factor-chip ${this.factor===o?"on":""}" data-factor=${o}
              style="--factor-color: ${A(o)}" @click=${r(o)}
              title="Tint tokens by factor ${o} alone">F${o}</button>`)}
      </div>`}renderSentence(e,r){let s=e.tokens.length;return u`
      <div class="sentence">
        ${e.displayTokens.map((o,i)=>{if(!e.tokenMask[i])return u`<span class="token excluded" title="${x(e,i)}: not factorised">${o}</span>`;let a=this.factor;if(a==null){a=0;for(let d=1;d<e.k;d++)e.factors[d*s+i]>e.factors[a*s+i]&&(a=d)}let l=e.factors[a*s+i],c=r[a]>0?Math.max(.08,l/r[a]):0;return u`<span class="token" data-factor=${a}
              style="background: ${te(A(a),c*.85)}"
              title="${x(e,i)}: factor ${a} ${l.toFixed(4)}">${o}</span>`})}
      </div>`}renderHeatmap(e,r){let s=e.tokens.length,o=Array.from({length:e.k},(i,a)=>a);return u`
      <div class="heatmap" style="--tokens: ${s}">
        <div></div>
        ${e.displayTokens.map((i,a)=>u`
          <div class="col-label ${e.tokenMask[a]?"":"excluded"}"
              title=${x(e,a)}>${i}</div>`)}
        ${o.map(i=>u`
          <div class="row-label ${this.factor===i?"on":""}"
              @click=${()=>this.factor=this.factor===i?null:i}>F${i}</div>
          ${e.tokens.map((a,l)=>{let c=e.factors[i*s+l],d=r[i]>0?c/r[i]:0;return u`<div class="cell" title="factor ${i}, ${x(e,l)}: ${c.toFixed(4)}"
                style="background: ${te(A(i),d)}"></div>`})}`)}
      </div>`}renderFactorCards(e){return u`
      <div class="cards">
        ${e.topNeurons.map((r,s)=>{let o=e.layerShare[s],i=Math.max(...o,1e-9);return u`
            <div class="card ${this.factor===s?"on":""}" data-factor=${s}
                style="--factor-color: ${A(s)}">
              <div class="card-title"><span class="swatch"></span>Factor ${s}</div>
              <div class="card-section">Layer share</div>
              <div class="shares">
                ${e.layers.map((a,l)=>u`
                  <div class="share" title="layer ${a}: ${(o[l]*100).toFixed(1)}%">
                    <div class="share-bar" style="height: ${24*o[l]/i}px"></div>
                    <div class="share-label">${a}</div>
                  </div>`)}
              </div>
              <div class="card-section">Top neurons (layer·unit, loading)</div>
              <ol class="neurons mono">
                ${r.map(a=>u`
                  <li>L${a.layer}·${a.index}<span class="loading">${a.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`})}
      </div>`}renderData(e){let r=ss(e);return u`
      ${this.renderFactorPicker(e)}
      ${this.renderSentence(e,r)}
      ${this.renderHeatmap(e,r)}
      ${this.renderFactorCards(e)}`}updated(e){super.updated(e);let r=this.data;r!=null&&Object.assign(this.dataset,{k:String(r.k),tokens:String(r.tokens.length),layers:`${r.layers[0]}-${r.layers[r.layers.length-1]}`,factor:this.factor==null?"":String(this.factor)})}};S("nmf-module",Et);var Mt="store_query";var en=["=","!=","<","<=",">",">=","contains","regex"],os=new Set(["contains","regex"]);function Tt(n){let t=new Map;for(let{row:e,data:r,values:s}of n)for(let[o,i]of Object.entries({row:e,...r,...s}))t.has(o)||i==null||t.set(o,typeof i=="number"?"number":typeof i=="boolean"?"boolean":"text");return t}function is(n,t){let e=n.value.trim();if(os.has(n.operator)||t==="text")return n.value;let r=e===""?NaN:Number(e),s=e.toLowerCase();if(t==="number"||t==null&&Number.isFinite(r)){if(!Number.isFinite(r))throw new Error(`${n.column} holds numbers: "${n.value}" is not one (e.g. 0.5).`);return r}if(t==="boolean"||t==null&&(s==="true"||s==="false")){if(s!=="true"&&s!=="false")throw new Error(`${n.column} is true or false: "${n.value}" is neither.`);return s==="true"}return n.value}function tn(n,t,e){if(!Number.isInteger(n.limit)||n.limit<1||n.limit>1e3)throw new Error(`Show between 1 and 1000 rows, not ${n.limit}.`);return{filters:n.filters.map(r=>({column:r.column,operator:r.operator,value:is(r,t.get(r.column))})),order_by:n.orderBy||null,descending:n.descending,limit:n.limit,dataset_name:e}}function We(n){return n!=null&&typeof n=="object"&&!Array.isArray(n)}function rn(n){if(!We(n))throw new Error("The store_query answer is not an object.");let{total:t,columns:e,rows:r}=n;if(typeof t!="number"||!Number.isInteger(t)||t<0)throw new Error("The store_query answer has no row count (total).");if(!Array.isArray(e)||!e.every(s=>typeof s=="string"))throw new Error("The store_query answer's columns are not a list of names.");if(!Array.isArray(r))throw new Error("The store_query answer has no rows list.");return r.forEach((s,o)=>{if(!We(s)||typeof s.row!="number"||typeof s.id!="string"||!We(s.data)||!We(s.values))throw new Error(`store_query rows[${o}] is not {row, id, data, values}.`)}),{total:t,columns:e,rows:r}}function nn(n,t,e){let r=[],s=[];for(let{data:l,values:c}of n.rows){for(let d of Object.keys(l))r.includes(d)||r.push(d);for(let d of Object.keys(c))s.includes(d)||s.push(d)}let o=Tt(n.rows),i=(l,c)=>({key:l,source:c,numeric:o.get(l)==="number"}),a=[i("row","row"),...r.filter(l=>!t.has(l)).map(l=>i(l,"data")),...r.filter(l=>t.has(l)).map(l=>i(l,"data")),...s.filter(l=>l==="predicted"||l.startsWith("p_")).map(l=>i(l,"values"))];return e&&!a.some(l=>l.key===e)&&a.push(i(e,s.includes(e)?"values":"data")),a}function sn(n){return n==null?"–":typeof n=="number"?Number.isInteger(n)?String(n):n.toFixed(3):typeof n=="boolean"?n?"✓":"✗":String(n)}function on(n,t){return t.source==="row"?n.row:t.source==="data"?n.data[t.key]:n.values[t.key]}function an(n,t){let e=[...new Set(n.map(o=>o.id))],r=new Set,s=n.filter(o=>!t(o.id)&&!r.has(o.id)&&r.add(o.id));return{ids:e,missing:s}}function ln(n){let t={added:!0,source:"store"};return{id:n.id,data:{...n.data,_id:n.id,_meta:t},meta:t}}function cn(n,t){if(t.length!==n.length)throw new Error(`Asked to add ${n.length} store rows, the server annotated ${t.length}.`);n.forEach((e,r)=>{if(t[r].id!==e.id)throw new Error(`Store row ${e.row} got id ${t[r].id} from LIT, but the store query gave ${e.id}: the store's ids do not match LIT's hashing (restart the server with this lit-ext version).`)})}var dn=`.filters .filter {
  display: inline-flex;
  align-items: center;
  gap: 4px;
}

.filters select,
.filters input,
.toolbar select {
  font: inherit;
}

.filter-value {
  width: 10em;
}

.toolbar input.limit {
  width: 5em;
}

.summary {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 12px;
  margin-bottom: 6px;
}

.summary .status {
  padding: 0;
}

.summary .status.error {
  margin: 0;
  padding: 4px 8px;
}

.match-count {
  font-weight: 500;
}

table.results {
  border-collapse: collapse;
}

table.results th,
table.results td {
  padding: 3px 12px 3px 4px;
  text-align: left;
  vertical-align: top;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

table.results th {
  position: sticky;
  top: 0;
  background: white;
  white-space: nowrap;
}

table.results .num {
  text-align: right;
  font-family: 'Roboto Mono', monospace;
  white-space: nowrap;
}

table.results td.text {
  max-width: 60ch;
}

.outside {
  color: var(--lit-cyea-500, #348199);
  cursor: help;
}
`;var _t="columns",Qe="select",cs=100,ds=[],It=class extends ${constructor(){super();this.emptyMessage="Build a query (or none, for the store's first rows) and press Run.";this.schema=null,this.filters=[],this.orderBy="",this.descending=!0,this.limit=cs,this.submitted=null,this.selectionNote=null}static{this.title="Store search"}static{this.infoMarkdown="Filter and sort **every row** of the precomputed store, not only the sample in the data table: by the example's fields, the predicted class, each class's probability (`p_<label>`), whether the prediction is right (`correct`) and any other stored column. Operators: = != < <= > >= contains regex (case-sensitive). **Select in data table** selects the rows found; rows outside the sample are added to the dataset first, so every other module shows them."}static{this.numCols=12}static{this.duplicateForExampleComparison=!1}static{this.duplicateForModelComparison=!1}static shouldDisplayModule(e){return M(e,Mt)}static{this.styles=w(dn)}static{this.properties={schema:{state:!0},filters:{state:!0},orderBy:{state:!0},descending:{state:!0},limit:{state:!0},submitted:{state:!0},selectionNote:{state:!0}}}get inputs(){return ds}get canLoad(){return this.submitted!=null}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>this.appState.currentDataset,()=>this.loadSchema())}query(e){let r=this.appState.currentModels[0];return this.apiService.getInterpretations([],r,this.appState.currentDataset,Mt,e,"Querying the store",!0).then(s=>rn(s))}async loadSchema(){this.schema=null;let e=await this.request(_t,this.query({limit:1,dataset_name:this.appState.currentDataset}));e!=null&&(this.schema={columns:e.columns,kinds:Tt(e.rows),rows:e.total})}async load(){let e=tn(this.submitted,this.schema?.kinds??new Map,this.appState.currentDataset);return{answer:await this.query(e),config:e}}run(){this.selectionNote=null,this.cancel(Qe),this.submitted={filters:this.filters,orderBy:this.orderBy,descending:this.descending,limit:this.limit},this.reload()}async selectRows(){let e=this.data?.answer.rows??[];this.selectionNote=null;let r=await this.request(Qe,this.addAndSelect(e));if(r==null)return;let s=`${e.length} row${e.length===1?"":"s"}`;this.selectionNote=r?`Selected ${s}; ${r} added to the data table.`:`Selected ${s}.`}async addAndSelect(e){let r=this.appState.currentInputDataById,s=an(e,o=>r.has(o));if(s.missing.length>0){let o=await this.appState.annotateNewData(s.missing.map(ln));cn(s.missing,o),this.appState.commitNewDatapoints(o)}return this.selectionService.selectIds(s.ids,this),s.missing.length}setFilter(e,r){this.filters=this.filters.map((s,o)=>o===e?{...s,...r}:s)}addFilter(){let e=this.schema?.columns.includes("correct")?"correct":this.schema?.columns[0]??"";this.filters=[...this.filters,{column:e,operator:"=",value:""}]}removeFilter(e){this.filters=this.filters.filter((r,s)=>s!==e)}renderFilter(e,r,s){return u`
      <div class="filter" data-index=${r}>
        <select class="filter-column" aria-label="Column"
            @change=${o=>this.setFilter(r,{column:o.target.value})}>
          ${s.map(o=>u`<option value=${o} ?selected=${o===e.column}>${o}</option>`)}
        </select>
        <select class="filter-operator" aria-label="Operator"
            @change=${o=>this.setFilter(r,{operator:o.target.value})}>
          ${en.map(o=>u`<option value=${o} ?selected=${o===e.operator}>${o}</option>`)}
        </select>
        <input class="filter-value" aria-label="Value" .value=${ce(e.value)}
            placeholder=${this.schema?.kinds.get(e.column)??"value"}
            @input=${o=>this.setFilter(r,{value:o.target.value})}
            @keydown=${o=>o.key==="Enter"&&this.run()}>
        <button class="hairline-button remove-filter" title="Remove this filter"
            @click=${()=>this.removeFilter(r)}>×</button>
      </div>`}renderControls(){let e=this.schema?.columns??[],r=this.renderStatus(_t,null,"Reading the store's columns…");return this.schema==null?u`<div class="toolbar">${r}</div>`:u`
      <div class="toolbar filters">
        <span class="hint">${this.schema.rows.toLocaleString()} rows in the store</span>
        ${this.filters.map((s,o)=>this.renderFilter(s,o,e))}
        <button class="hairline-button add-filter" @click=${()=>this.addFilter()}>+ Filter</button>
      </div>
      <div class="toolbar">
        <label>Sort by
          <select class="order-by" @change=${s=>this.orderBy=s.target.value}>
            <option value="" ?selected=${this.orderBy===""}>row</option>
            ${e.map(s=>u`<option value=${s} ?selected=${s===this.orderBy}>${s}</option>`)}
          </select>
        </label>
        <select class="direction" aria-label="Direction" ?disabled=${this.orderBy===""}
            @change=${s=>this.descending=s.target.value==="desc"}>
          <option value="desc" ?selected=${this.descending}>descending</option>
          <option value="asc" ?selected=${!this.descending}>ascending</option>
        </select>
        <label>Show
          <input type="number" class="limit" min="1" max=${1e3} .value=${ce(String(this.limit))}
              @change=${s=>this.limit=Number(s.target.value)}>
          rows</label>
        <button class="hairline-button run" @click=${()=>this.run()}>Run</button>
      </div>`}renderData({answer:e,config:r}){let s=this.appState.currentDatasetSpec,o=new Set(Object.keys(s).filter(h=>s[h]?.name==="CategoryLabel")),i=nn(e,o,r.order_by),a=this.appState.currentInputDataById,l=e.rows.filter(h=>!a.has(h.id)).length,c=e.rows.length<e.total?` (showing the first ${e.rows.length})`:"",d=r.descending?"↓":"↑";return u`
      <div class="summary">
        <span class="match-count">${e.total.toLocaleString()} of ${(this.schema?.rows??e.total).toLocaleString()} rows match${c}</span>
        <button class="hairline-button select-rows" ?disabled=${e.rows.length===0}
            @click=${()=>this.selectRows()}>Select in data table</button>
        ${l?u`<span class="hint">${l} outside the data table's sample (◦):
            selecting adds them</span>`:f}
        ${this.renderStatus(Qe,this.selectionNote,"Adding rows to the data table…")}
      </div>
      <table class="results">
        <thead>
          <tr>${i.map(h=>u`
            <th class=${h.numeric?"num":""} data-col=${h.key}>${h.key}${h.key===r.order_by?` ${d}`:""}</th>`)}</tr>
        </thead>
        <tbody>
          ${e.rows.map(h=>u`
            <tr data-row=${h.row} data-id=${h.id}>
              ${i.map(p=>{let m=on(h,p);return u`<td class=${p.numeric?"num":p.source==="data"?"text":""}
                    data-col=${p.key} title=${typeof m=="number"?String(m):""}>${sn(m)}${p.key==="row"&&!a.has(h.id)?u`<span class="outside" title="outside the data table's sample"> ◦</span>`:f}</td>`})}
            </tr>`)}
        </tbody>
      </table>`}updated(e){super.updated(e),Object.assign(this.dataset,{columnsState:this.stateOf(_t,this.schema!=null),selectState:this.stateOf(Qe,this.selectionNote!=null),total:String(this.data?.answer.total??"")})}};S("store-search-module",It);
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
