var De=window,qe=De.ShadowRoot&&(De.ShadyCSS===void 0||De.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Ht=Symbol(),Un=new WeakMap,ke=class{constructor(t,e,n){if(this._$cssResult$=!0,n!==Ht)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(qe&&t===void 0){let n=e!==void 0&&e.length===1;n&&(t=Un.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),n&&Un.set(e,t))}return t}toString(){return this.cssText}},Se=r=>new ke(typeof r=="string"?r:r+"",void 0,Ht),Be=(r,...t)=>{let e=r.length===1?r[0]:t.reduce(((n,s,o)=>n+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+r[o+1]),r[0]);return new ke(e,r,Ht)},Ot=(r,t)=>{qe?r.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let n=document.createElement("style"),s=De.litNonce;s!==void 0&&n.setAttribute("nonce",s),n.textContent=e.cssText,r.appendChild(n)}))},je=qe?r=>r:r=>r instanceof CSSStyleSheet?(t=>{let e="";for(let n of t.cssRules)e+=n.cssText;return Se(e)})(r):r;var Dt,Ue=window,Vn=Ue.trustedTypes,Ys=Vn?Vn.emptyScript:"",zn=Ue.reactiveElementPolyfillSupport,Bt={toAttribute(r,t){switch(t){case Boolean:r=r?Ys:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,t){let e=r;switch(t){case Boolean:e=r!==null;break;case Number:e=r===null?null:Number(r);break;case Object:case Array:try{e=JSON.parse(r)}catch{e=null}}return e}},Kn=(r,t)=>t!==r&&(t==t||r==r),qt={attribute:!0,type:String,converter:Bt,reflect:!1,hasChanged:Kn},jt="finalized",V=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,n)=>{let s=this._$Ep(n,e);s!==void 0&&(this._$Ev.set(s,n),t.push(s))})),t}static createProperty(t,e=qt){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let n=typeof t=="symbol"?Symbol():"__"+t,s=this.getPropertyDescriptor(t,n,e);s!==void 0&&Object.defineProperty(this.prototype,t,s)}}static getPropertyDescriptor(t,e,n){return{get(){return this[e]},set(s){let o=this[t];this[e]=s,this.requestUpdate(t,o,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||qt}static finalize(){if(this.hasOwnProperty(jt))return!1;this[jt]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,n=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let s of n)this.createProperty(s,e[s])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let n=new Set(t.flat(1/0).reverse());for(let s of n)e.unshift(je(s))}else t!==void 0&&e.push(je(t));return e}static _$Ep(t,e){let n=e.attribute;return n===!1?void 0:typeof n=="string"?n:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,n;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((n=t.hostConnected)===null||n===void 0||n.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return Ot(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var n;return(n=e.hostConnected)===null||n===void 0?void 0:n.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var n;return(n=e.hostDisconnected)===null||n===void 0?void 0:n.call(e)}))}attributeChangedCallback(t,e,n){this._$AK(t,n)}_$EO(t,e,n=qt){var s;let o=this.constructor._$Ep(t,n);if(o!==void 0&&n.reflect===!0){let i=(((s=n.converter)===null||s===void 0?void 0:s.toAttribute)!==void 0?n.converter:Bt).toAttribute(e,n.type);this._$El=t,i==null?this.removeAttribute(o):this.setAttribute(o,i),this._$El=null}}_$AK(t,e){var n;let s=this.constructor,o=s._$Ev.get(t);if(o!==void 0&&this._$El!==o){let i=s.getPropertyOptions(o),a=typeof i.converter=="function"?{fromAttribute:i.converter}:((n=i.converter)===null||n===void 0?void 0:n.fromAttribute)!==void 0?i.converter:Bt;this._$El=o,this[o]=a.fromAttribute(e,i.type),this._$El=null}}requestUpdate(t,e,n){let s=!0;t!==void 0&&(((n=n||this.constructor.getPropertyOptions(t)).hasChanged||Kn)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),n.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,n))):s=!1),!this.isUpdatePending&&s&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((s,o)=>this[o]=s)),this._$Ei=void 0);let e=!1,n=this._$AL;try{e=this.shouldUpdate(n),e?(this.willUpdate(n),(t=this._$ES)===null||t===void 0||t.forEach((s=>{var o;return(o=s.hostUpdate)===null||o===void 0?void 0:o.call(s)})),this.update(n)):this._$Ek()}catch(s){throw e=!1,this._$Ek(),s}e&&this._$AE(n)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((n=>{var s;return(s=n.hostUpdated)===null||s===void 0?void 0:s.call(n)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,n)=>this._$EO(n,this[n],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};V[jt]=!0,V.elementProperties=new Map,V.elementStyles=[],V.shadowRootOptions={mode:"open"},zn?.({ReactiveElement:V}),((Dt=Ue.reactiveElementVersions)!==null&&Dt!==void 0?Dt:Ue.reactiveElementVersions=[]).push("1.6.3");var Ut,Ve=window,me=Ve.trustedTypes,Wn=me?me.createPolicy("lit-html",{createHTML:r=>r}):void 0,ze="$lit$",z=`lit$${(Math.random()+"").slice(9)}$`,zt="?"+z,Zs=`<${zt}>`,ne=document,Ee=()=>ne.createComment(""),Me=r=>r===null||typeof r!="object"&&typeof r!="function",er=Array.isArray,tr=r=>er(r)||typeof r?.[Symbol.iterator]=="function",Vt=`[ 	
\f\r]`,Ae=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Qn=/-->/g,Xn=/>/g,ee=RegExp(`>|${Vt}(?:([^\\s"'>=/]+)(${Vt}*=${Vt}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Gn=/'/g,Jn=/"/g,nr=/^(?:script|style|textarea|title)$/i,rr=r=>(t,...e)=>({_$litType$:r,strings:t,values:e}),p=rr(1),G=rr(2),L=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),Yn=new WeakMap,te=ne.createTreeWalker(ne,129,null,!1);function sr(r,t){if(!Array.isArray(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return Wn!==void 0?Wn.createHTML(t):t}var or=(r,t)=>{let e=r.length-1,n=[],s,o=t===2?"<svg>":"",i=Ae;for(let a=0;a<e;a++){let l=r[a],c,d,u=-1,m=0;for(;m<l.length&&(i.lastIndex=m,d=i.exec(l),d!==null);)m=i.lastIndex,i===Ae?d[1]==="!--"?i=Qn:d[1]!==void 0?i=Xn:d[2]!==void 0?(nr.test(d[2])&&(s=RegExp("</"+d[2],"g")),i=ee):d[3]!==void 0&&(i=ee):i===ee?d[0]===">"?(i=s??Ae,u=-1):d[1]===void 0?u=-2:(u=i.lastIndex-d[2].length,c=d[1],i=d[3]===void 0?ee:d[3]==='"'?Jn:Gn):i===Jn||i===Gn?i=ee:i===Qn||i===Xn?i=Ae:(i=ee,s=void 0);let h=i===ee&&r[a+1].startsWith("/>")?" ":"";o+=i===Ae?l+Zs:u>=0?(n.push(c),l.slice(0,u)+ze+l.slice(u)+z+h):l+z+(u===-2?(n.push(void 0),a):h)}return[sr(r,o+(r[e]||"<?>")+(t===2?"</svg>":"")),n]},Te=class r{constructor({strings:t,_$litType$:e},n){let s;this.parts=[];let o=0,i=0,a=t.length-1,l=this.parts,[c,d]=or(t,e);if(this.el=r.createElement(c,n),te.currentNode=this.el.content,e===2){let u=this.el.content,m=u.firstChild;m.remove(),u.append(...m.childNodes)}for(;(s=te.nextNode())!==null&&l.length<a;){if(s.nodeType===1){if(s.hasAttributes()){let u=[];for(let m of s.getAttributeNames())if(m.endsWith(ze)||m.startsWith(z)){let h=d[i++];if(u.push(m),h!==void 0){let g=s.getAttribute(h.toLowerCase()+ze).split(z),v=/([.?@])?(.*)/.exec(h);l.push({type:1,index:o,name:v[2],strings:g,ctor:v[1]==="."?We:v[1]==="?"?Qe:v[1]==="@"?Xe:se})}else l.push({type:6,index:o})}for(let m of u)s.removeAttribute(m)}if(nr.test(s.tagName)){let u=s.textContent.split(z),m=u.length-1;if(m>0){s.textContent=me?me.emptyScript:"";for(let h=0;h<m;h++)s.append(u[h],Ee()),te.nextNode(),l.push({type:2,index:++o});s.append(u[m],Ee())}}}else if(s.nodeType===8)if(s.data===zt)l.push({type:2,index:o});else{let u=-1;for(;(u=s.data.indexOf(z,u+1))!==-1;)l.push({type:7,index:o}),u+=z.length-1}o++}}static createElement(t,e){let n=ne.createElement("template");return n.innerHTML=t,n}};function re(r,t,e=r,n){var s,o,i,a;if(t===L)return t;let l=n!==void 0?(s=e._$Co)===null||s===void 0?void 0:s[n]:e._$Cl,c=Me(t)?void 0:t._$litDirective$;return l?.constructor!==c&&((o=l?._$AO)===null||o===void 0||o.call(l,!1),c===void 0?l=void 0:(l=new c(r),l._$AT(r,e,n)),n!==void 0?((i=(a=e)._$Co)!==null&&i!==void 0?i:a._$Co=[])[n]=l:e._$Cl=l),l!==void 0&&(t=re(r,l._$AS(r,t.values),l,n)),t}var Ke=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:n},parts:s}=this._$AD,o=((e=t?.creationScope)!==null&&e!==void 0?e:ne).importNode(n,!0);te.currentNode=o;let i=te.nextNode(),a=0,l=0,c=s[0];for(;c!==void 0;){if(a===c.index){let d;c.type===2?d=new fe(i,i.nextSibling,this,t):c.type===1?d=new c.ctor(i,c.name,c.strings,this,t):c.type===6&&(d=new Ge(i,this,t)),this._$AV.push(d),c=s[++l]}a!==c?.index&&(i=te.nextNode(),a++)}return te.currentNode=ne,o}v(t){let e=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(t,n,e),e+=n.strings.length-2):n._$AI(t[e])),e++}},fe=class r{constructor(t,e,n,s){var o;this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=n,this.options=s,this._$Cp=(o=s?.isConnected)===null||o===void 0||o}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=re(this,t,e),Me(t)?t===f||t==null||t===""?(this._$AH!==f&&this._$AR(),this._$AH=f):t!==this._$AH&&t!==L&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):tr(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==f&&Me(this._$AH)?this._$AA.nextSibling.data=t:this.$(ne.createTextNode(t)),this._$AH=t}g(t){var e;let{values:n,_$litType$:s}=t,o=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=Te.createElement(sr(s.h,s.h[0]),this.options)),s);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===o)this._$AH.v(n);else{let i=new Ke(o,this),a=i.u(this.options);i.v(n),this.$(a),this._$AH=i}}_$AC(t){let e=Yn.get(t.strings);return e===void 0&&Yn.set(t.strings,e=new Te(t)),e}T(t){er(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,n,s=0;for(let o of t)s===e.length?e.push(n=new r(this.k(Ee()),this.k(Ee()),this,this.options)):n=e[s],n._$AI(o),s++;s<e.length&&(this._$AR(n&&n._$AB.nextSibling,s),e.length=s)}_$AR(t=this._$AA.nextSibling,e){var n;for((n=this._$AP)===null||n===void 0||n.call(this,!1,!0,e);t&&t!==this._$AB;){let s=t.nextSibling;t.remove(),t=s}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},se=class{constructor(t,e,n,s,o){this.type=1,this._$AH=f,this._$AN=void 0,this.element=t,this.name=e,this._$AM=s,this.options=o,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=f}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,n,s){let o=this.strings,i=!1;if(o===void 0)t=re(this,t,e,0),i=!Me(t)||t!==this._$AH&&t!==L,i&&(this._$AH=t);else{let a=t,l,c;for(t=o[0],l=0;l<o.length-1;l++)c=re(this,a[n+l],e,l),c===L&&(c=this._$AH[l]),i||(i=!Me(c)||c!==this._$AH[l]),c===f?t=f:t!==f&&(t+=(c??"")+o[l+1]),this._$AH[l]=c}i&&!s&&this.j(t)}j(t){t===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},We=class extends se{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===f?void 0:t}},eo=me?me.emptyScript:"",Qe=class extends se{constructor(){super(...arguments),this.type=4}j(t){t&&t!==f?this.element.setAttribute(this.name,eo):this.element.removeAttribute(this.name)}},Xe=class extends se{constructor(t,e,n,s,o){super(t,e,n,s,o),this.type=5}_$AI(t,e=this){var n;if((t=(n=re(this,t,e,0))!==null&&n!==void 0?n:f)===L)return;let s=this._$AH,o=t===f&&s!==f||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,i=t!==f&&(s===f||o);o&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,n;typeof this._$AH=="function"?this._$AH.call((n=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&n!==void 0?n:this.element,t):this._$AH.handleEvent(t)}},Ge=class{constructor(t,e,n){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(t){re(this,t)}},ir={O:ze,P:z,A:zt,C:1,M:or,L:Ke,R:tr,D:re,I:fe,V:se,H:Qe,N:Xe,U:We,F:Ge},Zn=Ve.litHtmlPolyfillSupport;Zn?.(Te,fe),((Ut=Ve.litHtmlVersions)!==null&&Ut!==void 0?Ut:Ve.litHtmlVersions=[]).push("2.8.0");var ar=(r,t,e)=>{var n,s;let o=(n=e?.renderBefore)!==null&&n!==void 0?n:t,i=o._$litPart$;if(i===void 0){let a=(s=e?.renderBefore)!==null&&s!==void 0?s:null;o._$litPart$=i=new fe(t.insertBefore(Ee(),a),a,void 0,e??{})}return i._$AI(r),i};var Kt,Wt;var ge=class extends V{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let n=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=n.firstChild),n}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=ar(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return L}};ge.finalized=!0,ge._$litElement$=!0,(Kt=globalThis.litElementHydrateSupport)===null||Kt===void 0||Kt.call(globalThis,{LitElement:ge});var lr=globalThis.litElementPolyfillSupport;lr?.({LitElement:ge});((Wt=globalThis.litElementVersions)!==null&&Wt!==void 0?Wt:globalThis.litElementVersions=[]).push("3.3.3");var Qt="attention_search";function Je(r){throw new Error(`Malformed attention_search answer: ${r}.`)}function cr(r){let t=r,e=t?.matches;Array.isArray(e)||Je("no list of matches");let n=t.num_examples;return typeof n!="number"&&Je("no num_examples"),{numExamples:n,matches:e.map((s,o)=>{let i=s?.weight;return(typeof i!="number"||!Number.isFinite(i))&&Je(`match ${o} has no weight`),typeof s.id!="string"&&Je(`match ${o} has no LIT id`),{id:s.id,weight:i,query:Number(s.query),key:Number(s.key),queryToken:String(s.query_token),keyToken:String(s.key_token)}})}}function dr(r){return{numExamples:r.reduce((t,e)=>t+e.numExamples,0),matches:r.flatMap(t=>t.matches).sort((t,e)=>e.weight-t.weight)}}var ur=`.toolbar input.pattern {
  width: 7em;
  font: inherit;
}

.summary {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 12px;
  margin-bottom: 6px;
}

table.matches {
  border-collapse: collapse;
  font-size: 12px;
}

table.matches th,
table.matches td {
  padding: 2px 10px 2px 0;
  text-align: left;
  vertical-align: top;
}

table.matches tbody tr {
  cursor: pointer;
}

table.matches tbody tr:hover {
  background: var(--lit-neutral-100, #f1f3f4);
}

table.matches .num {
  text-align: right;
  font-family: 'Roboto Mono', monospace;
}

table.matches .pair {
  white-space: nowrap;
}

table.matches .token {
  padding: 0 3px;
  border-radius: 2px;
  background: var(--lit-cyea-100, #d5e8ee);
}

table.matches th {
  white-space: nowrap;
}
`;var pr=Symbol.for(""),no=r=>{if(r?.r===pr)return r?._$litStatic$},mr=r=>({_$litStatic$:r,r:pr});var hr=new Map,fr=r=>(t,...e)=>{let n=e.length,s,o,i=[],a=[],l,c=0,d=!1;for(;c<n;){for(l=t[c];c<n&&(o=e[c],(s=no(o))!==void 0);)l+=s+t[++c],d=!0;c!==n&&a.push(o),i.push(l),c++}if(c===n&&i.push(t[n]),d){let u=i.join("$$lit$$");(t=hr.get(u))===void 0&&(i.raw=i,hr.set(u,t=i)),e=a}return r(t,...e)},gr=fr(p),Bi=fr(G);var yr=`/* Layout and status styles shared by lit-ext's modules. */
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

.export-bar {
  display: flex;
  align-items: center;
  justify-content: flex-end;
  gap: 8px;
  padding: 2px 8px;
}

.export-menu {
  display: inline-flex;
  align-items: center;
  gap: 4px;
}

.export-bar .status {
  padding: 0;
}
`;var so=["svg","png","html","json"],oo=1;function io(r,t){return{format:"lit-ext",format_version:oo,view:r,data:t}}function J(r,t){let e=Float32Array.from(r),n=new Uint8Array(e.buffer),s="";for(let o=0;o<n.length;o+=32768)s+=String.fromCharCode(...n.subarray(o,o+32768));return{dtype:"float32",shape:t,data:btoa(s)}}function ao(r){return r.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;")}function lo(r){return JSON.stringify(r).replace(/</g,"\\u003c")}function co(r,t,e){let n=`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ao(r)}</title></head>
<body>
`;return e==null?`${n}<div class="lit-ext-export" data-view="figure">
${t.toSvg()}
</div>
</body></html>
`:`${n}<div id="lit-ext-view" class="lit-ext-export"></div>
<script>"use strict";(()=>{function P(t){if(t.startsWith("#")){let c=parseInt(t.slice(1),16);return[c>>16&255,c>>8&255,c&255]}let[e,n,r]=(t.match(/[\\d.]+/g)??["0","0","0"]).map(Number),s=n/100*Math.min(r/100,1-r/100),o=c=>{let i=(c+e/30)%12;return Math.round(255*(r/100-s*Math.max(-1,Math.min(i-3,9-i,1))))};return[o(0),o(8),o(4)]}function C(t,e){let[n,r,s]=P(t);return\`rgba(\${n}, \${r}, \${s}, \${e.toFixed(3)})\`}var W=[33,102,172],B=[202,72,34];function I(t,e){let n=e>0?Math.min(1,Math.abs(t)/e):0,[r,s,o]=t>=0?W:B;return[Math.round(255+(r-255)*n),Math.round(255+(s-255)*n),Math.round(255+(o-255)*n)]}function q(t){let[e,n,r]=t>=0?W:B;return\`#\${(e<<16|n<<8|r).toString(16).padStart(6,"0")}\`}function K([t,e,n]){return\`rgb(\${t}, \${e}, \${n})\`}var S=64,ce=12e3,$=8,ue=150,Q=t=>\`\${t}px Roboto, sans-serif\`;function de(t){return t<=40?[20,13]:t<=128?[16,12]:[13,10]}function Y(t,e,n){let[r,s]=de(e.visible.length);t.font=Q(s);let o=20;for(let p of e.visible)o=Math.max(o,t.measureText(e.labels[p]).width);o=Math.min(ue,Math.ceil(o));let c=Math.min(8,r-6),d=e.numHeads*(c+1)+$+o+$,l=Math.max(80,Math.min(360,n-2*d)),a=Math.max(0,Math.floor((n-l-2*d)/2)),u=new Int32Array(e.tokens.length).fill(-1);e.visible.forEach((p,g)=>u[p]=g);let m=6;return{width:Math.max(n,l+2*d),height:m*2+e.visible.length*r,rowHeight:r,fontSize:s,top:m,leftTextRight:a+d-$,rightTextLeft:a+d+l+$,textWidth:o,squareSize:c,rowOf:u}}function D(t){return t==="all"?null:[t[0]==="A"?0:1,t[1]==="A"?0:1]}function me(t,e,n){let r=D(t.filter);return r==null||t.segmentIds[e]===r[0]&&t.segmentIds[n]===r[1]}function R(t,e){return t.top+t.rowOf[e]*t.rowHeight+t.rowHeight/2}function pe(t){return t.diverging?[q(1),q(-1)]:t.headColors}function X(t,e){let n=t.tokens.length,{weights:r,visible:s,active:o,threshold:c}=t,i=t.diverging?1/t.diverging.extent:1,d=D(t.filter),l=t.segmentIds,a=o?.side==="left"?[o.index]:s,u=o?.side==="right"?[o.index]:s;for(let m of t.heads){let p=m*n*n;for(let g of a){if(d&&l[g]!==d[0])continue;let A=p+g*n;for(let f of u){if(d&&l[f]!==d[1])continue;let x=r[A+f],w=t.diverging?Math.abs(x):x;if(w>=c&&w>0){let M=t.diverging?x<0?1:0:m,T=Math.round(w*i*S);e(M,g,f,Math.min(S,Math.max(1,T)))}}}}}function z(t,e,n){t.clearRect(0,0,n.width,n.height);let r=new Int32Array(S+1);X(e,(f,x,w,M)=>r[M]++);let s=1,o=0;for(let f=S;f>=1;f--){if(o>0&&o+r[f]>ce){s=f+1;break}o+=r[f]}let c=0;for(let f=1;f<=S;f++)c+=r[f];let i=n.leftTextRight+$/2,d=n.rightTextLeft-$/2,l=new Float64Array(e.tokens.length);for(let f of e.visible)l[f]=R(n,f);let a=new Map;X(e,(f,x,w,M)=>{if(M<s)return;let T=f*(S+1)+M,y=a.get(T);y==null&&a.set(T,y=new Path2D),y.moveTo(i,l[x]),y.lineTo(d,l[w])}),t.lineWidth=1;let u=pe(e),m=f=>f%(S+1),p=e.diverging?[...a].sort((f,x)=>m(f[0])-m(x[0])):a;for(let[f,x]of p)t.strokeStyle=C(u[Math.floor(f/(S+1))],m(f)/S),t.stroke(x);let g=(s-.5)/S*(e.diverging?e.diverging.extent:1),A=s>1?g:e.threshold;return{lines:o,overBudget:c-o,cutoff:A}}function he(t,e,n){if(t.measureText(e).width<=n)return e;let r=e.length;for(;r>1&&t.measureText(\`\${e.slice(0,r)}…\`).width>n;)r--;return\`\${e.slice(0,r)}…\`}function fe(t,e,n){let r=[];t.font=Q(n.fontSize),t.textBaseline="middle";let s=D(e.filter);for(let o of["left","right"]){t.textAlign=o==="left"?"right":"left";let c=o==="left"?n.leftTextRight:n.rightTextLeft;for(let i of e.visible){let d=R(n,i),l=e.active?.side===o&&e.active.index===i;if(l){let p=o==="left"?c-n.textWidth-2:c-2;t.fillStyle=e.pinned?"#c0e7e3":"#e8eaed",t.fillRect(p,d-n.rowHeight/2+1,n.textWidth+4,n.rowHeight-2)}let a=s?s[o==="left"?0:1]:null,u=a!=null&&e.segmentIds[i]!==a;t.fillStyle=u?"#bdc1c6":l?"#202124":"#3c4043";let m=he(t,e.labels[i],n.textWidth);t.fillText(m,c,d),o==="left"&&r.push(m)}}return r}function be(t,e,n){let r=e.active;if(r==null)return;let s=e.tokens.length,o=n.squareSize,c=r.side==="right";for(let i of e.visible){let[d,l]=c?[i,r.index]:[r.index,i];if(!me(e,d,l))continue;let a=R(n,i);e.heads.forEach((u,m)=>{let p=e.weights[u*s*s+d*s+l],[g,A]=e.diverging?[q(p),Math.abs(p)/e.diverging.extent]:[e.headColors[u],p],f=c?n.leftTextRight-n.textWidth-$-(m+1)*(o+1):n.rightTextLeft+n.textWidth+$+m*(o+1);t.fillStyle=C(g,Math.min(1,A)),t.fillRect(f,a-o/2,o,o)})}}function J(t,e,n){t.clearRect(0,0,n.width,n.height);let r=fe(t,e,n);return be(t,e,n),r}function Z(t,e,n,r){for(let s of[t,e])s.style.width=\`\${n.width}px\`,s.style.height=\`\${n.height}px\`;t.width=n.width,t.height=n.height,e.width=Math.round(n.width*r),e.height=Math.round(n.height*r),e.getContext("2d").setTransform(r,0,0,r,0,0)}function O(t,e,n,r){let s=Math.floor((r-e.top)/e.rowHeight);if(s<0||s>=t.visible.length)return null;let o=(e.leftTextRight+e.rightTextLeft)/2,c=n<o?"left":"right",i=t.numHeads*(e.squareSize+1)+$;return(c==="left"?n>=e.leftTextRight-e.textWidth-i&&n<=e.leftTextRight+$:n>=e.rightTextLeft-$&&n<=e.rightTextLeft+e.textWidth+i)?{side:c,index:t.visible[s]}:null}function ee(t,e,n){return n<0||n>=t.rowOf.length||t.rowOf[n]<0?null:{x:e==="left"?t.leftTextRight-10:t.rightTextLeft+10,y:R(t,n)}}function te(t){let e=0;for(let n=1;n<t.length;n++)t[n]>t[e]&&(e=n);return e}function ge(t){let e=t;return e!=null&&typeof e=="object"&&typeof e.data=="string"&&Array.isArray(e.shape)&&(e.dtype==="uint10"||e.dtype==="float32")}function xe(t){let e=Uint8Array.fromBase64;if(e)return e(t);let n=atob(t),r=new Uint8Array(n.length);for(let s=0;s<n.length;s++)r[s]=n.charCodeAt(s);return r}var ye=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function we(t,e,n){if(t.byteLength!==e*4)throw new Error(\`encoded float32 array has \${t.byteLength} bytes; its shape needs \${e*4}.\`);if(n)return new Float32Array(t.buffer.slice(t.byteOffset,t.byteOffset+e*4));let r=new DataView(t.buffer,t.byteOffset,t.byteLength),s=new Float32Array(e);for(let o=0;o<e;o++)s[o]=r.getFloat32(4*o,!0);return s}function ke(t,e,n){let r=e+Math.ceil(e/4);if(t.byteLength!==r)throw new Error(\`encoded uint10 array has \${t.byteLength} bytes; its shape needs \${r}.\`);if(!(n>0))throw new Error(\`uint10 array needs a positive scale, got \${n}.\`);let s=new Float32Array(1024);for(let i=0;i<1024;i++)s[i]=i/n;let o=new Float32Array(e),c=e-e%4;for(let i=0,d=e;i<c;i+=4,d++){let l=t[d];o[i]=s[t[i]|(l&192)<<2],o[i+1]=s[t[i+1]|(l&48)<<4],o[i+2]=s[t[i+2]|(l&12)<<6],o[i+3]=s[t[i+3]|(l&3)<<8]}for(let i=c;i<e;i++){let d=t[e+(i>>2)]>>6-2*(i&3)&3;o[i]=s[t[i]|d<<8]}return o}function F(t){if(!ge(t))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let e=xe(t.data),n=t.shape.reduce((s,o)=>s*o,1),r=t.dtype==="uint10"?ke(e,n,t.scale??0):we(e,n,ye);return{shape:[...t.shape],values:r}}var ve="attention",Ae="neuron_view",Te="nmf";function k(t,e,n){if(!(e in t))throw new Error(\`\${n} response has no '\${e}' field.\`);return t[e]}function N(t,e,n){if(!(e.length===n.length&&e.every((s,o)=>n[o]<0||s===n[o]))){let s=n.map(o=>o<0?"?":o).join(", ");throw new Error(\`\${t} has shape (\${e.join(", ")}); expected (\${s}).\`)}}function j(t,e,n){if(!Array.isArray(e)||e.length!==n){let r=Array.isArray(e)?e.length:typeof e;throw new Error(\`\${t} has \${r} entries but there are \${n} tokens.\`)}}function V(t,e){let n=k(t,"tokens",e),r={tokens:n,displayTokens:k(t,"display_tokens",e),specialTokens:k(t,"special_tokens",e),segmentIds:k(t,"segment_ids",e)};return j("display_tokens",r.displayTokens,n.length),j("special_tokens",r.specialTokens,n.length),j("segment_ids",r.segmentIds,n.length),r}function H(t,e){let n=t.displayTokens[e],r=t.tokens[e];return r===n?\`\${n} (#\${e})\`:\`\${n} (#\${e}, token \${r})\`}function ne(t){let e=t,n=\`'\${ve}' interpreter\`,r=V(e,n),s=k(e,"layers",n),o=k(e,"num_heads",n),c=F(k(e,"attention",n)),i=r.tokens.length;N("attention",c.shape,[s.length,o,i,i]);let d=o*i*i,l=s.map((u,m)=>c.values.subarray(m*d,(m+1)*d)),a=typeof e.num_layers=="number"?e.num_layers:null;return{...r,layers:s,numHeads:o,numLayers:a,weights:l}}function Me(t,e,n){let r=t,s=k(r,"name",\`\${n} term\`),o=F(k(r,"values",\`\${n} term '\${s}'\`));return N(\`term '\${s}'\`,o.shape,[e,e]),{name:s,label:String(r.label??s),description:String(r.description??""),values:o.values}}function re(t){let e=t,n=\`'\${Ae}' interpreter\`,r=V(e,n),s=r.tokens.length,o=F(k(e,"query",n)),c=F(k(e,"key",n)),i=F(k(e,"attention",n));N("query",o.shape,[s,-1]),N("key",c.shape,o.shape),N("attention",i.shape,[s,s]);let d=k(e,"key_allowed",n),l=null;if(d!=null){let u=F(d);N("key_allowed",u.shape,[s,s]),l=Uint8Array.from(u.values,m=>m>.5?1:0)}let a=k(e,"scale",n);if(!(typeof a=="number"&&Number.isFinite(a)))throw new Error(\`\${n} response has scale \${a}; expected a finite number.\`);return{...r,layer:k(e,"layer",n),head:k(e,"head",n),headDim:o.shape[1],query:o.values,key:c.values,scale:a,scaleLabel:k(e,"scale_label",n),positionTransform:k(e,"position_transform",n),terms:k(e,"terms",n).map(u=>Me(u,s,n)),keyAllowed:l,attention:i.values}}function oe(t){let e=t,n=\`'\${Te}' interpreter\`,r=V(e,n),s=r.tokens,o=F(k(e,"factors",n));N("factors",o.shape,[-1,s.length]);let c=o.shape[0],i=k(e,"top_neurons",n),d=k(e,"layer_share",n);if(i.length!==c||d.length!==c)throw new Error(\`nmf response has \${c} factors but \${i.length} neuron lists and \${d.length} layer shares.\`);return{...r,tokenMask:e.token_mask??s.map(()=>!0),layers:k(e,"layers",n),k:c,factors:o.values,topNeurons:i,layerShare:d,reconstructionError:Number(e.reconstruction_error??NaN)}}function se(t,e){let n=t.tokens.length,r=t.headDim,s=e*n,o=t.query.subarray(e*r,(e+1)*r),c=[],i=new Float64Array(n);for(let p=0;p<n;p++){let g=new Float32Array(r),A=0;for(let f=0;f<r;f++)g[f]=o[f]*t.key[p*r+f],A+=g[f];c.push(g),i[p]=t.scale*A}let d=t.terms.map(p=>Float64Array.from(p.values.subarray(s,s+n))),l=i.map((p,g)=>d.reduce((A,f)=>A+f[g],p)),a=Array.from({length:n},(p,g)=>t.keyAllowed?.[s+g]!==0),u=Ee(l,a),m=0;for(let p=0;p<n;p++)m=Math.max(m,Math.abs(u[p]-t.attention[s+p]));return{query:o,products:c,scaled:i,terms:d,sums:l,allowed:a,softmax:u,maxDiff:m}}function Ee(t,e){let n=-1/0;t.forEach((o,c)=>{e[c]&&(n=Math.max(n,o))});let r=t.map((o,c)=>e[c]?Math.exp(o-n):0),s=r.reduce((o,c)=>o+c,0);return r.map(o=>s>0?o/s:0)}function $e(t){return t.startsWith("1/")?\`q·k/\${t.slice(2)}\`:\`q·k·\${t}\`}function ie(t){return[$e(t.scaleLabel),...t.terms.map(e=>e.name)].join(" + ")}var ae=\`/* The exported views (standalone.ts): scoped to .lit-ext-export, so a notebook's own styles and
   several exported cells on one page do not interfere. */
.lit-ext-export {
  font: 13px Roboto, 'Helvetica Neue', Arial, sans-serif;
  color: #3c4043;
  max-width: 100%;
  overflow-x: auto;
}
.lit-ext-export .title { margin: 4px 0 6px; }
.lit-ext-export .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; margin-bottom: 4px; }
.lit-ext-export .head-chip, .lit-ext-export .factor-chip {
  min-width: 26px; padding: 1px 4px; border: 2px solid var(--head-color); border-radius: 4px;
  background: white; color: var(--head-color); font: 500 12px sans-serif; cursor: pointer;
}
.lit-ext-export .head-chip.on, .lit-ext-export .factor-chip { background: var(--head-color); color: white; }
.lit-ext-export .line-stats { margin-left: 8px; color: #5f6368; }
.lit-ext-export .canvas-stack { position: relative; width: max-content; }
.lit-ext-export .canvas-stack canvas { display: block; }
.lit-ext-export .canvas-stack canvas.labels { position: absolute; left: 0; top: 0; }
.lit-ext-export .thumb-row { display: flex; align-items: center; gap: 3px; margin: 3px 0; }
.lit-ext-export .thumb-label { width: 28px; font-size: 11px; }
.lit-ext-export canvas.thumb { width: 48px; height: 48px; border: 1px solid #dadce0; cursor: pointer; }
.lit-ext-export canvas.thumb.selected { border-color: #202124; }
.lit-ext-export .queries { display: flex; flex-wrap: wrap; gap: 2px; margin-bottom: 6px; }
.lit-ext-export .token { border: 1px solid #dadce0; border-radius: 3px; padding: 1px 4px; background: white; margin: 1px; }
.lit-ext-export button.token.on { border-color: #202124; font-weight: 500; }
.lit-ext-export table { border-collapse: collapse; font-size: 11px; }
.lit-ext-export th, .lit-ext-export td { padding: 1px 4px; text-align: left; white-space: nowrap; }
.lit-ext-export td.num { text-align: right; font-family: 'Roboto Mono', monospace; }
.lit-ext-export .vector { display: inline-flex; }
.lit-ext-export .vector i { width: 4px; height: 12px; display: inline-block; }
.lit-ext-export .sentence { margin: 4px 0 8px; line-height: 1.9; }
.lit-ext-export .heatmap { display: grid; gap: 1px; align-items: end; margin-bottom: 8px; }
.lit-ext-export .heatmap .cell { height: 18px; }
.lit-ext-export .column-label { writing-mode: vertical-rl; transform: rotate(180deg); font-size: 11px; max-height: 90px; overflow: hidden; }
\`;function le(t,e,n,r,[s,o,c]){let i=Math.min(r,t.width),d=new Float32Array(i*i),l=n*r*r;for(let u=0;u<r;u++){let m=Math.floor(u*i/r)*i;for(let p=0;p<r;p++){let g=m+Math.floor(p*i/r),A=e[l+u*r+p];A>d[g]&&(d[g]=A)}}let a=new ImageData(i,i);for(let u=0;u<i*i;u++){let m=Math.sqrt(Math.min(1,d[u]));a.data[4*u]=Math.round(255+(s-255)*m),a.data[4*u+1]=Math.round(255+(o-255)*m),a.data[4*u+2]=Math.round(255+(c-255)*m),a.data[4*u+3]=255}Fe(t,a)}function Fe(t,e){let n=e.width,r=document.createElement("canvas");r.width=n,r.height=n,r.getContext("2d").putImageData(e,0,0);let s=t.getContext("2d");s.imageSmoothingEnabled=!1,s.clearRect(0,0,t.width,t.height),s.drawImage(r,0,0,t.width,t.height)}var U=1;function h(t,e="",n=""){let r=document.createElement(t);return e&&(r.className=e),n&&(r.textContent=n),r}function Le(t,e){if(e.format_version!==U)throw new Error(\`lit-ext export format \${e.format_version}; this page reads \${U}.\`);if(t.replaceChildren(),t.classList.add("lit-ext-export"),t.append(h("style","",ae)),t.dataset.view=e.view,e.view==="attention")Ce(t,ne(e.payload),e);else if(e.view==="neuron")Ne(t,re(e.payload),e);else if(e.view==="nmf")He(t,oe(e.payload),e);else throw new Error(\`unknown lit-ext view '\${String(e.view)}'.\`)}function Ce(t,e,n){let r=e.tokens.length,s=n.options.threshold??.01,o=Math.max(0,e.layers.indexOf(n.options.layer??e.layers[0])),c=new Set(n.options.heads??(n.options.head==null?Array.from({length:e.numHeads},(y,b)=>b):[n.options.head])),i=Array.from({length:r},(y,b)=>b).filter(y=>!n.options.hideSpecial||!e.specialTokens[y]),d=n.options.pinned??null,l=d!=null,a=null,u=null;t.append(h("div","title",\`Attention: \${e.layers.length} layers × \${e.numHeads} heads, \${r} tokens. Lines go from each query token (left) to the keys it attends to (right), opacity = weight (weights ≥ \${s}). Hover or click a token to isolate it.\`));let m=h("div","controls"),p=h("select","layer-select");e.layers.forEach((y,b)=>p.append(new Option(\`Layer \${y}\`,String(b)))),p.value=String(o);let g=n.colors.slice(0,e.numHeads).map((y,b)=>{let v=h("button","head-chip",String(b));return v.dataset.head=String(b),v.style.setProperty("--head-color",y),v.title=\`head \${b}: click to show or hide\`,v.onclick=()=>{c.has(b)?c.delete(b):c.add(b),T()},v}),A=h("span","line-stats");m.append(p,...g,A);let f=h("div","canvas-stack"),x=h("canvas","lines"),w=h("canvas","labels");f.append(x,w);let M=h("div","thumbs");t.append(m,f,M);let T=()=>{let y=e.weights[o];u={tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:y,heads:[...c].sort((v,E)=>v-E),headColors:n.colors,visible:i,filter:"all",threshold:s,active:d,pinned:l},a=Y(w.getContext("2d"),u,Math.max(480,Math.min(900,t.clientWidth))),Z(x,w,a,window.devicePixelRatio||1);let b=z(x.getContext("2d"),u,a);J(w.getContext("2d"),u,a),g.forEach((v,E)=>v.classList.toggle("on",c.has(E))),A.textContent=\`\${b.lines} lines\`+(b.overBudget?\`; \${b.overBudget} weaker ones hidden (weights < \${b.cutoff.toFixed(3)})\`:"");for(let v of M.querySelectorAll(".thumb"))v.classList.toggle("selected",Number(v.dataset.layer)===e.layers[o]&&c.has(Number(v.dataset.head)));Object.assign(t.dataset,{layer:String(e.layers[o]),heads:u.heads.join(","),tokens:String(r),lines:String(b.lines),active:d?\`\${d.side}:\${d.index}\`:""})};p.onchange=()=>{o=Number(p.value),T()},w.onmousemove=y=>{if(l||u==null||a==null)return;let b=O(u,a,y.offsetX,y.offsetY);(b?.side!==d?.side||b?.index!==d?.index)&&(d=b,T())},w.onmouseleave=()=>{!l&&d&&(d=null,T())},w.onclick=y=>{if(u==null||a==null)return;let b=O(u,a,y.offsetX,y.offsetY);l=b!=null&&!(l&&b.side===d?.side&&b.index===d.index),d=b,T()},e.layers.forEach((y,b)=>{let v=h("div","thumb-row");v.append(h("span","thumb-label",\`L\${y}\`));for(let E=0;E<e.numHeads;E++){let L=h("canvas","thumb");L.width=L.height=48,Object.assign(L.dataset,{layer:String(y),head:String(E)}),L.title=\`layer \${y}, head \${E}: click to show it alone above\`,le(L,e.weights[b],E,r,P(n.colors[E])),L.onclick=()=>{o=b,p.value=String(b),c.clear(),c.add(E),T()},v.append(L)}M.append(v)}),T(),Object.assign(t,{tokenPosition:(y,b)=>a?ee(a,y,b):null})}function G(t,e,n){let r=h("span","vector");for(let s=0;s<t.length;s++){let o=h("i");o.style.background=K(I(t[s],e)),o.title=\`\${n}[\${s}] = \${t[s].toFixed(4)}\`,r.append(o)}return r}function _(t){let e=0;for(let n=0;n<t.length;n++)e=Math.max(e,Math.abs(t[n]));return e}function Ne(t,e,n){let r=e.tokens.length,s=n.colors[e.head%n.colors.length],o=n.options.query??Math.max(0,e.specialTokens.indexOf(!1));t.append(h("div","title",\`Layer \${e.layer}, head \${e.head}: softmax(\${ie(e)}) for the chosen query token, per key; head_dim \${e.headDim}\`+(e.positionTransform?\`, q and k after the \${e.positionTransform} transform.\`:".")));let c=h("div","queries"),i=h("table","scores");t.append(c,i);let d=Math.max(_(e.query),_(e.key)),l=()=>{let a=se(e,o),u=Math.max(...a.products.map(_));c.querySelectorAll(".token").forEach((x,w)=>x.classList.toggle("on",w===o));let m=h("tr");for(let x of["key","k","q∘k","scaled q·k",...e.terms.map(w=>w.name),"score","softmax","attention"])m.append(h("th","",x));let p=[m],g=h("tr","query-row"),A=h("th","",\`q: \${e.displayTokens[o]}\`),f=h("td");f.append(G(a.query,d,"q")),g.append(A,f),p.push(g);for(let x=0;x<r;x++){let w=h("tr","key-row");w.dataset.key=String(x);let M=h("th","",e.displayTokens[x]);M.title=H(e,x);let T=h("td");T.append(G(e.key.subarray(x*e.headDim,(x+1)*e.headDim),d,"k"));let y=h("td");y.append(G(a.products[x],u,"q∘k")),w.append(M,T,y,h("td","num",a.scaled[x].toFixed(3)),...a.terms.map(E=>h("td","num",E[x].toFixed(3))),h("td","num",a.allowed[x]?a.sums[x].toFixed(3):"masked"),h("td","num",a.softmax[x].toFixed(4)));let b=e.attention[o*r+x],v=h("td","attention num",b.toFixed(4));v.setAttribute("style",\`background: \${C(s,Math.min(1,b))}\`),w.append(v),p.push(w)}i.replaceChildren(...p),Object.assign(t.dataset,{query:String(o),maxDiff:String(a.maxDiff)})};e.displayTokens.forEach((a,u)=>{let m=h("button","token",a);m.title=\`\${H(e,u)}: show its scores\`,m.onclick=()=>{o=u,l()},c.append(m)}),l()}function He(t,e,n){let r=e.tokens.length,s=Array.from({length:e.k},(l,a)=>_(e.factors.subarray(a*r,(a+1)*r))),o=(l,a)=>s[l]>0?e.factors[l*r+a]/s[l]:0;t.append(h("div","title",\`NMF: \${e.k} factors of the FFN neurons of layers \${e.layers[0]}–\${e.layers[e.layers.length-1]} (relative reconstruction error \${e.reconstructionError.toFixed(3)}). Each cell: the factor's activation on the token, relative to its largest.\`));let c=h("div","sentence");for(let l=0;l<r;l++){let a=h("span","token",e.displayTokens[l]),u=Array.from({length:e.k},(p,g)=>o(g,l)),m=te(u);e.tokenMask[l]&&u[m]>0&&(a.style.background=C(n.colors[m],u[m]*.85)),a.title=\`\${H(e,l)}: \`+u.map((p,g)=>\`F\${g} \${e.factors[g*r+l].toFixed(3)}\`).join(", "),c.append(a)}let i=h("div","heatmap");i.style.gridTemplateColumns=\`48px repeat(\${r}, 22px)\`,i.append(h("span"));for(let l=0;l<r;l++){let a=h("span","column-label",e.displayTokens[l]);a.title=H(e,l),i.append(a)}for(let l=0;l<e.k;l++){let a=h("span","factor-chip",\`F\${l}\`);a.dataset.factor=String(l),a.style.setProperty("--head-color",n.colors[l]),i.append(a);for(let u=0;u<r;u++){let m=h("div","cell");Object.assign(m.dataset,{factor:String(l),token:String(u)}),m.setAttribute("style",\`background: \${C(n.colors[l],o(l,u))}\`),m.title=\`factor \${l}, \${H(e,u)}: \${e.factors[l*r+u].toFixed(4)}\`,i.append(m)}}let d=h("table","neurons");e.topNeurons.forEach((l,a)=>{let u=h("tr"),m=h("td","factor-chip",\`F\${a}\`);m.style.setProperty("--head-color",n.colors[a]),u.append(m,h("td","",l.slice(0,5).map(p=>\`L\${p.layer}:\${p.index}\`).join(", ")),h("td","",e.layers.map((p,g)=>\`L\${p} \${(100*e.layerShare[a][g]).toFixed(0)}%\`).join(" "))),d.append(u)}),t.append(c,i,d),t.dataset.factors=String(e.k)}window.litExtStandalone={render:Le,version:U};})();
<\/script>
<script>(function () {
  var root = document.getElementById("lit-ext-view");
  try { window.litExtStandalone.render(root, ${lo(e)}); }
  catch (e) { root.insertAdjacentText('afterbegin', 'lit-ext: ' + e.message); }
})();<\/script>
</body></html>
`}function uo(r,t){return`${r.replace(/[^\w.-]+/g,"_")}.${t}`}function ho(r,t){let e=URL.createObjectURL(r),n=document.createElement("a");n.href=e,n.download=t,n.style.display="none",document.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(e),6e4)}async function po(r,t){if(t==="json")return new Blob([JSON.stringify(io(r.view,r.data()))],{type:"application/json"});let e=r.figure();return t==="svg"?new Blob([e.toSvg()],{type:"image/svg+xml"}):t==="png"?e.toPng():new Blob([co(r.title,e,r.standalone())],{type:"text/html"})}async function mo(r,t){let e=uo(r.name,t);return ho(await po(r,t),e),e}function br(r,t){let e=n=>async()=>{let s=r();if(s!=null)try{await mo(s,n)}catch(o){t(`Export as ${n.toUpperCase()} failed: ${o.message??o}`)}};return p`
    <span class="export-menu" role="group" aria-label="Export">
      <span class="hint">Export</span>
      ${so.map(n=>p`
        <button class="hairline-button export" data-format=${n} @click=${e(n)}
            title=${fo[n]}>${n.toUpperCase()}</button>`)}
    </span>`}var fo={svg:"A vector figure of what this view shows (tokens as text)",png:"The same figure as a PNG, 2 pixels per screen pixel",html:"A self-contained page: opens offline, with no server",json:"The data this view shows"};var Ye="classification-module";function go(r){let t=r.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(r,"shouldDisplayModule")}function yo(){let r=customElements.get(Ye);if(r==null)throw new Error(`lit-ext: LIT's <${Ye}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=r;for(;t!=null&&t!==HTMLElement;){if(go(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${Ye}>; this LIT version is not supported.`)}var Ze=yo(),vr=(()=>{let t=customElements.get(Ye)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function R(r,t){return Object.values(r).some(e=>e.interpreters?.includes(t))}function et(r){let e=(r instanceof Error?r.message:String(r)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}function _(r){return[vr,Be`${Se(yr)}`,Be`${Se(r)}`]}var ye="main",Xt="export",M=class extends Ze{constructor(){super();this.requestSeqs=new Map;this.requestsInFlight=new Set;this.requestErrors=new Map;this.data=null}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.properties={data:{state:!0}}}get inputs(){let e=this.selectedInput;return e==null?[]:[e]}get canLoad(){return this.inputs.length>0}accept(e){this.data=e}inputsChanged(){}renderControls(){return f}exportSource(e){return null}exportName(e,...n){let s=this.inputs.length===1?[this.inputs[0].id.slice(0,8)]:[`${this.inputs.length}_examples`];return[e,this.model,...s,...n].join("_")}get loadingMessage(){return"Loading…"}hasInterpreter(e){return this.appState.currentModelInfos[this.model]?.interpreters?.includes(e)??!1}get selectedInput(){return this.selectionService.primarySelectedInputData}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.inputs,this.model],()=>{this.inputsChanged(),this.reload()})}async reload(){if(!this.canLoad){this.cancel(ye),this.data=null;return}let e=await this.request(ye,this.load(this.inputs));e!=null&&this.accept(e)}async request(e,n){let s=(this.requestSeqs.get(e)??0)+1;this.requestSeqs.set(e,s),this.requestsInFlight.add(e),this.requestErrors.delete(e),this.requestUpdate();let o=()=>this.requestSeqs.get(e)===s;try{let i=await this.loadLatest(e,n);return o()?(this.requestsInFlight.delete(e),this.requestUpdate(),i):null}catch(i){return o()&&(this.requestsInFlight.delete(e),this.requestErrors.set(e,et(i)),this.setIsLoading(!1),this.requestUpdate()),null}}cancel(e){this.requestSeqs.set(e,(this.requestSeqs.get(e)??0)+1),this.requestsInFlight.delete(e),this.requestErrors.delete(e),this.requestUpdate()}isLoading(e=ye){return this.requestsInFlight.has(e)}errorOf(e=ye){return this.requestErrors.get(e)??null}stateOf(e,n){return this.requestErrors.has(e)?"error":this.requestsInFlight.has(e)?"loading":n?"ready":"empty"}renderStatus(e,n=null,s="Loading…"){let o=this.errorOf(e);return o?p`<div class="status error" role="alert">${o}</div>`:this.isLoading(e)?p`<div class="status" role="status"><div class="spinner"></div>${s}</div>`:n?p`<div class="status hint">${n}</div>`:f}renderExport(){let e=this.data;return e==null||this.errorOf()!=null||this.exportSource(e)==null?f:p`
      <div class="export-bar">${br(()=>(this.requestErrors.delete(Xt),this.requestUpdate(),this.data==null?null:this.exportSource(this.data)),o=>{this.requestErrors.set(Xt,o),this.requestUpdate()})}${this.renderStatus(Xt)}</div>`}renderImpl(){let e=this.data==null&&!this.canLoad?this.emptyMessage:null;return p`
      <div class="module-container">
        ${this.renderExport()}
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(ye,e,this.loadingMessage)}
          ${this.data!=null&&!this.errorOf()?this.renderData(this.data):f}
        </div>
      </div>`}updated(e){super.updated(e),this.dataset.state=this.stateOf(ye,this.data!=null)}};function I(r,t){let e=mr(r);t.template=(n,s,o)=>gr`<${e} model=${n} .shouldReact=${o}
          selectionServiceIndex=${s}></${e}>`,customElements.define(r,t)}function Gt(r,t){if(!(t>=1))throw new Error(`batch size must be at least 1, got ${t}`);let e=[];for(let n=0;n<r.length;n+=t)e.push(r.slice(n,n+t));return e}async function oe(r,t,e,n,s,o,i={}){let a=Math.min(i.batchSize??32,32),l=[];i.onProgress?.(0,t.length);for(let c of Gt(t,a)){i.signal?.throwIfAborted();let d=await r.getInterpretations(c,e,n,s,o,i.message,!0);if(!Array.isArray(d)||d.length!==c.length)throw new Error(`'${s}' returned ${Array.isArray(d)?d.length:"no"} results for ${c.length} examples.`);l.push(...d),i.onBatch?.(c,d),i.onProgress?.(l.length,t.length)}return l}async function tt(r,t,e,n,s,o,i={}){if(t.length===0)throw new Error(`No examples to send to '${s}'.`);let a=Math.min(i.batchSize??32,32),l=[],c=0;i.onProgress?.(0,t.length);for(let d of Gt(t,a)){i.signal?.throwIfAborted();let u=await r.getInterpretations(d,e,n,s,o,i.message,!0);if(u==null||typeof u!="object"||Array.isArray(u))throw new Error(`'${s}' should answer one object per request, got ${Array.isArray(u)?"a list":String(u)}.`);l.push(u),c+=d.length,i.onProgress?.(c,t.length)}return l}var D=class{constructor(t){this.onChange=t;this.progress=null;this.controller=null}get running(){return this.controller!=null}async track(t){this.stop();let e=new AbortController;this.controller=e,this.onChange();let n=(s,o)=>{e.signal.aborted||(this.progress=[s,o],this.onChange())};try{return await t({signal:e.signal,onProgress:n})}finally{this.controller===e&&(this.controller=null,this.progress=null,this.onChange())}}stop(){this.controller!=null&&(this.controller.abort(),this.controller=null,this.progress=null,this.onChange())}};var ie="head-focus",Jt=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(ie,{detail:{...e}}))}},F=new Jt;var nt="search",Yt=class extends M{constructor(){super();this.run=new D(()=>this.requestUpdate());this.emptyMessage="Choose a head and the patterns, then search the dataset for that attention.";this.layer=0,this.head=0,this.fromToken="*",this.toToken="*",this.threshold=.5,this.caseSensitive=!1}static{this.title="Attention Search"}static{this.infoMarkdown=`Finds the examples where layer L, head H sends at least the threshold of attention from a token matching "From" to a token matching "To", over the whole dataset, strongest first. A pattern is a word (the token's text, without ## or Ġ), /regex/ (searched in the token's text), or * for any token but [CLS], [SEP] and the like (which only a word spelling them matches). Patterns match one token: a word split into pieces is found by a piece. "Select" makes the matches LIT's selection, the strongest primary.`}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return R(e,Qt)}static{this.styles=_(ur)}static{this.properties={layer:{state:!0},head:{state:!0},fromToken:{state:!0},toToken:{state:!0},threshold:{state:!0},caseSensitive:{state:!0}}}get inputs(){return[]}async load(){throw new Error("Attention search runs from its Search button.")}disconnectedCallback(){super.disconnectedCallback(),this.stop()}inputsChanged(){this.stop()}async search(){let e={layer:this.layer,head:this.head,from_token:this.fromToken,to_token:this.toToken,threshold:this.threshold,case_sensitive:this.caseSensitive},n=this.run.track(o=>tt(this.apiService,this.appState.currentInputData,this.model,this.appState.currentDataset,Qt,{...e},{...o,message:"Searching attention"})),s=await this.request(nt,n.then(o=>({config:e,...dr(o.map(cr))})));s!=null&&(this.data=s)}stop(){this.run.stop(),this.cancel(nt)}selectMatches(e,{layer:n,head:s}){this.selectionService.selectIds(e),this.selectionService.setPrimarySelection(e[0]??null),F.focusHead({model:this.model,layer:n,head:s})}textOf(e){let n=this.appState.currentInputData.find(o=>o.id===e);return n==null?`(example ${e} is no longer in the dataset)`:Object.entries(this.appState.currentDatasetSpec).filter(([,o])=>o.name==="TextSegment").map(([o])=>o).map(o=>String(n.data[o]??"")).join(" | ")}renderControls(){let e=i=>i.target.value,n=i=>Number(i.target.value),s=this.run.progress,o=this.appState.currentInputData.length;return p`
      <div class="toolbar">
        <label>Layer <input type="number" class="layer" min="0" .value=${String(this.layer)}
            @change=${i=>this.layer=n(i)}></label>
        <label>Head <input type="number" class="head" min="0" .value=${String(this.head)}
            @change=${i=>this.head=n(i)}></label>
        <label title="A word, /regex/ or * (any token)">From
          <input type="text" class="from-token pattern" .value=${this.fromToken}
              @change=${i=>this.fromToken=e(i)}></label>
        <label title="A word, /regex/ or * (any token)">To
          <input type="text" class="to-token pattern" .value=${this.toToken}
              @change=${i=>this.toToken=e(i)}></label>
        <label>At least <input type="number" class="threshold" min="0" max="1" step="0.05"
            .value=${String(this.threshold)}
            @change=${i=>this.threshold=n(i)}></label>
        <label><input type="checkbox" class="case-sensitive" .checked=${this.caseSensitive}
            @change=${i=>this.caseSensitive=i.target.checked}>Case-sensitive</label>
        <button class="hairline-button search" ?disabled=${this.run.running}
            @click=${()=>this.search()}>Search all ${o} examples</button>
        ${s?p`
          <progress max=${s[1]} value=${s[0]}></progress>
          <span class="hint">${s[0]} / ${s[1]}</span>
          <button class="hairline-button stop" @click=${()=>this.stop()}>Stop</button>`:f}
      </div>
      ${this.renderStatus(nt,null,"Searching…")}`}renderData(e){let{config:n,matches:s}=e,o=s.map(i=>i.id);return p`
      <div class="summary">
        <span class="hint">${s.length} of ${e.numExamples} examples: layer ${n.layer}, head ${n.head} sends ≥ ${n.threshold} from
          <code>${n.from_token}</code> to <code>${n.to_token}</code>.</span>
        ${s.length?p`<button class="hairline-button select-matches"
            @click=${()=>this.selectMatches(o,n)}>Select these ${s.length} in LIT</button>`:f}
      </div>
      ${s.length?p`
        <table class="matches">
          <thead><tr><th class="num">Weight</th><th>From → to</th><th>Example</th></tr></thead>
          <tbody>
            ${s.map(i=>p`
              <tr data-id=${i.id} title="Click to select this example"
                  @click=${()=>this.selectMatches([i.id],n)}>
                <td class="num weight">${i.weight.toFixed(3)}</td>
                <td class="pair"><span class="token">${i.queryToken}</span> → <span
                    class="token">${i.keyToken}</span></td>
                <td class="text">${this.textOf(i.id)}</td>
              </tr>`)}
          </tbody>
        </table>`:f}`}updated(e){super.updated(e),Object.assign(this.dataset,{search:this.stateOf(nt,this.data!=null),matches:String(this.data?.matches.length??"")})}};I("attention-search-module",Yt);var ae={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},$r=r=>(...t)=>({_$litDirective$:r,values:t}),rt=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,n){this._$Ct=t,this._$AM=e,this._$Ci=n}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};var{I:Ma}=ir;var wr=r=>r.strings===void 0;var bo={},kr=(r,t=bo)=>r._$AH=t;var N=$r(class extends rt{constructor(r){if(super(r),r.type!==ae.PROPERTY&&r.type!==ae.ATTRIBUTE&&r.type!==ae.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!wr(r))throw Error("`live` bindings can only contain a single expression")}render(r){return r}update(r,[t]){if(t===L||t===f)return t;let e=r.element,n=r.name;if(r.type===ae.PROPERTY){if(t===e[n])return L}else if(r.type===ae.BOOLEAN_ATTRIBUTE){if(!!t===e.hasAttribute(n))return L}else if(r.type===ae.ATTRIBUTE&&e.getAttribute(n)===t+"")return L;return kr(r),t}});function vo(r){let t=r;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint10"||t.dtype==="float32")}function xo(r){let t=Uint8Array.fromBase64;if(t)return t(r);let e=atob(r),n=new Uint8Array(e.length);for(let s=0;s<e.length;s++)n[s]=e.charCodeAt(s);return n}var $o=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function wo(r,t,e){if(r.byteLength!==t*4)throw new Error(`encoded float32 array has ${r.byteLength} bytes; its shape needs ${t*4}.`);if(e)return new Float32Array(r.buffer.slice(r.byteOffset,r.byteOffset+t*4));let n=new DataView(r.buffer,r.byteOffset,r.byteLength),s=new Float32Array(t);for(let o=0;o<t;o++)s[o]=n.getFloat32(4*o,!0);return s}function ko(r,t,e){let n=t+Math.ceil(t/4);if(r.byteLength!==n)throw new Error(`encoded uint10 array has ${r.byteLength} bytes; its shape needs ${n}.`);if(!(e>0))throw new Error(`uint10 array needs a positive scale, got ${e}.`);let s=new Float32Array(1024);for(let a=0;a<1024;a++)s[a]=a/e;let o=new Float32Array(t),i=t-t%4;for(let a=0,l=t;a<i;a+=4,l++){let c=r[l];o[a]=s[r[a]|(c&192)<<2],o[a+1]=s[r[a+1]|(c&48)<<4],o[a+2]=s[r[a+2]|(c&12)<<6],o[a+3]=s[r[a+3]|(c&3)<<8]}for(let a=i;a<t;a++){let l=r[t+(a>>2)]>>6-2*(a&3)&3;o[a]=s[r[a]|l<<8]}return o}function Y(r){if(!vo(r))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let t=xo(r.data),e=r.shape.reduce((s,o)=>s*o,1),n=r.dtype==="uint10"?ko(t,e,r.scale??0):wo(t,e,$o);return{shape:[...r.shape],values:n}}var st="attention",ot="neuron_view",it="nmf";function k(r,t,e){if(!(t in r))throw new Error(`${e} response has no '${t}' field.`);return r[t]}function le(r,t,e){if(!(t.length===e.length&&t.every((s,o)=>e[o]<0||s===e[o]))){let s=e.map(o=>o<0?"?":o).join(", ");throw new Error(`${r} has shape (${t.join(", ")}); expected (${s}).`)}}function Zt(r,t,e){if(!Array.isArray(t)||t.length!==e){let n=Array.isArray(t)?t.length:typeof t;throw new Error(`${r} has ${n} entries but there are ${e} tokens.`)}}function en(r,t){let e=k(r,"tokens",t),n={tokens:e,displayTokens:k(r,"display_tokens",t),specialTokens:k(r,"special_tokens",t),segmentIds:k(r,"segment_ids",t)};return Zt("display_tokens",n.displayTokens,e.length),Zt("special_tokens",n.specialTokens,e.length),Zt("segment_ids",n.segmentIds,e.length),n}var at="Special tokens: the tokenizer's markup, such as [CLS], [SEP], <s>, </s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, such as an emoji, and are not special.";function C(r,t){let e=r.displayTokens[t],n=r.tokens[t];return n===e?`${e} (#${t})`:`${e} (#${t}, token ${n})`}function Sr(r){let t=r,e=`'${st}' interpreter`,n=en(t,e),s=k(t,"layers",e),o=k(t,"num_heads",e),i=Y(k(t,"attention",e)),a=n.tokens.length;le("attention",i.shape,[s.length,o,a,a]);let l=o*a*a,c=s.map((u,m)=>i.values.subarray(m*l,(m+1)*l)),d=typeof t.num_layers=="number"?t.num_layers:null;return{...n,layers:s,numHeads:o,numLayers:d,weights:c}}function So(r,t,e){let n=r,s=k(n,"name",`${e} term`),o=Y(k(n,"values",`${e} term '${s}'`));return le(`term '${s}'`,o.shape,[t,t]),{name:s,label:String(n.label??s),description:String(n.description??""),values:o.values}}function Ar(r){let t=r,e=`'${ot}' interpreter`,n=en(t,e),s=n.tokens.length,o=Y(k(t,"query",e)),i=Y(k(t,"key",e)),a=Y(k(t,"attention",e));le("query",o.shape,[s,-1]),le("key",i.shape,o.shape),le("attention",a.shape,[s,s]);let l=k(t,"key_allowed",e),c=null;if(l!=null){let u=Y(l);le("key_allowed",u.shape,[s,s]),c=Uint8Array.from(u.values,m=>m>.5?1:0)}let d=k(t,"scale",e);if(!(typeof d=="number"&&Number.isFinite(d)))throw new Error(`${e} response has scale ${d}; expected a finite number.`);return{...n,layer:k(t,"layer",e),head:k(t,"head",e),headDim:o.shape[1],query:o.values,key:i.values,scale:d,scaleLabel:k(t,"scale_label",e),positionTransform:k(t,"position_transform",e),terms:k(t,"terms",e).map(u=>So(u,s,e)),keyAllowed:c,attention:a.values}}function Er(r){let t=r,e=`'${it}' interpreter`,n=en(t,e),s=n.tokens,o=Y(k(t,"factors",e));le("factors",o.shape,[-1,s.length]);let i=o.shape[0],a=k(t,"top_neurons",e),l=k(t,"layer_share",e);if(a.length!==i||l.length!==i)throw new Error(`nmf response has ${i} factors but ${a.length} neuron lists and ${l.length} layer shares.`);return{...n,tokenMask:t.token_mask??s.map(()=>!0),layers:k(t,"layers",e),k:i,factors:o.values,topNeurons:a,layerShare:l,reconstructionError:Number(t.reconstruction_error??NaN)}}var ct="head_importance",dt="ablated_prediction",_e="layer_predictions",ut="faithfulness";function Ao(r,t){return Array.isArray(r)&&(t==null||r.length===t)&&r.every(e=>typeof e=="number"&&Number.isFinite(e))}function lt(r,t,e){if(!Ao(r,e)){let n=e==null?"":`${e} `;throw new Error(`${t} is not a list of ${n}finite numbers.`)}return r}function Mr(r,t,e,n){if(!Array.isArray(r)||r.length!==e)throw new Error(`${t} has ${Array.isArray(r)?r.length:"no"} rows; expected ${e}.`);return r.map((s,o)=>lt(s,`${t} row ${o}`,n))}var Tr=["ablation","gradient"];function _r(r){let t=r,e=`'${ct}' interpreter`,n=k(t,"num_layers",e),s=k(t,"num_heads",e);return{method:k(t,"method",e),numLayers:n,numHeads:s,importance:Mr(k(t,"importance",e),"importance",n,s),label:k(t,"label",e),probability:k(t,"probability",e)}}function Ir(r){let t=r,e=`'${dt}' interpreter`,n=k(t,"labels",e);return{labels:n,probas:lt(k(t,"probas",e),"probas",n.length),probasAblated:lt(k(t,"probas_ablated",e),"probas_ablated",n.length),heads:k(t,"heads",e)}}function nn(r){let t=r,e=`'${_e}' interpreter`,n=k(t,"labels",e),s=k(t,"layers",e);return{labels:n,layers:s,probas:Mr(k(t,"probas",e),"probas",s.length,n.length)}}function tn(r,t){if(r==null)return null;if(typeof r!="number"||!Number.isFinite(r))throw new Error(`${t} is ${String(r)}; expected a finite number or null.`);return r}function Cr(r){let t=r,e=`'${ut}' interpreter`,n=k(t,"methods",e).map(s=>{let o=k(s,"name",`${e} method`);return{name:o,comprehensiveness:tn(s.comprehensiveness,`${o} comprehensiveness`),sufficiency:tn(s.sufficiency,`${o} sufficiency`),kendallTau:tn(s.kendall_tau,`${o} kendall_tau`),...s.error==null?{}:{error:String(s.error)}}});return{label:k(t,"label",e),probability:k(t,"probability",e),fractions:lt(k(t,"fractions",e),"fractions"),methods:n}}var Pr=`.scope {
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
`;function ce(r){let t=0;for(let e=1;e<r.length;e++)r[e]>r[t]&&(t=e);return t}function ht(r){return r.reduce((t,e)=>t+e,0)/r.length}var de=[{key:"comprehensiveness",label:"Comprehensiveness",higherIsBetter:!0,definition:"how much the predicted class's probability drops when the method's top words are deleted, averaged over the fractions of words removed (AOPC)"},{key:"sufficiency",label:"Sufficiency",higherIsBetter:!1,definition:"how much it drops when only the top words are kept (AOPC)"},{key:"kendallTau",label:"Kendall τ",higherIsBetter:!0,definition:"rank correlation of the method's word scores with leave-one-out importance (the drop when that word alone is deleted)"}];function rn(r){let t=new Map;for(let e of r)for(let n of e.methods)t.set(n.name,[...t.get(n.name)??[],n]);return[...t].map(([e,n])=>{let s={name:e,comprehensiveness:null,sufficiency:null,kendallTau:null,counts:{comprehensiveness:0,sufficiency:0,kendallTau:0},refused:n.filter(o=>o.error!=null).length,errors:[...new Set(n.flatMap(o=>o.error==null?[]:[o.error]))]};for(let{key:o}of de){let i=n.map(a=>a[o]).filter(a=>a!=null);s.counts[o]=i.length,s[o]=i.length?ht(i):null}return s})}function sn(r,t){let n=de.find(s=>s.key===t).higherIsBetter?-1:1;return[...r].sort((s,o)=>{let i=s[t],a=o[t];return i==null||a==null?(i==null?1:0)-(a==null?1:0):n*(i-a)})}var Lr=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function A(r){return r<Lr.length?Lr[r]:`hsl(${(r*137.508%360).toFixed(1)}, 65%, 42%)`}function Ie(r){if(r.startsWith("#")){let i=parseInt(r.slice(1),16);return[i>>16&255,i>>8&255,i&255]}let[t,e,n]=(r.match(/[\d.]+/g)??["0","0","0"]).map(Number),s=e/100*Math.min(n/100,1-n/100),o=i=>{let a=(i+t/30)%12;return Math.round(255*(n/100-s*Math.max(-1,Math.min(a-3,9-a,1))))};return[o(0),o(8),o(4)]}function be(r,t){let[e,n,s]=Ie(r);return`rgba(${e}, ${n}, ${s}, ${t.toFixed(3)})`}var on=[33,102,172],an=[202,72,34];function H(r,t){let e=t>0?Math.min(1,Math.abs(r)/t):0,[n,s,o]=r>=0?on:an;return[Math.round(255+(n-255)*e),Math.round(255+(s-255)*e),Math.round(255+(o-255)*e)]}function pt(r){let[t,e,n]=r>=0?on:an;return`#${(t<<16|e<<8|n).toString(16).padStart(6,"0")}`}function K([r,t,e]){return`rgb(${r}, ${t}, ${e})`}var Rr=[128,134,139];function ln(r,t){let e=t>0?Math.min(1,Math.abs(r)/t):0,n=r>=0?on:an;return[0,1,2].map(s=>Math.round(Rr[s]+(n[s]-Rr[s])*e))}var q=64,Mo=12e3,O=8,To=150,Nr=r=>`${r}px Roboto, sans-serif`;function _o(r){return r<=40?[20,13]:r<=128?[16,12]:[13,10]}function Hr(r,t,e){let[n,s]=_o(t.visible.length);r.font=Nr(s);let o=20;for(let h of t.visible)o=Math.max(o,r.measureText(t.labels[h]).width);o=Math.min(To,Math.ceil(o));let i=Math.min(8,n-6),l=t.numHeads*(i+1)+O+o+O,c=Math.max(80,Math.min(360,e-2*l)),d=Math.max(0,Math.floor((e-c-2*l)/2)),u=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((h,g)=>u[h]=g);let m=6;return{width:Math.max(e,c+2*l),height:m*2+t.visible.length*n,rowHeight:n,fontSize:s,top:m,leftTextRight:d+l-O,rightTextLeft:d+l+c+O,textWidth:o,squareSize:i,rowOf:u}}function cn(r){return r==="all"?null:[r[0]==="A"?0:1,r[1]==="A"?0:1]}function dn(r,t,e){let n=cn(r.filter);return n==null||r.segmentIds[t]===n[0]&&r.segmentIds[e]===n[1]}function mt(r,t){return r.top+r.rowOf[t]*r.rowHeight+r.rowHeight/2}function Io(r){return r.diverging?[pt(1),pt(-1)]:r.headColors}function Fr(r,t){let e=r.tokens.length,{weights:n,visible:s,active:o,threshold:i}=r,a=r.diverging?1/r.diverging.extent:1,l=cn(r.filter),c=r.segmentIds,d=o?.side==="left"?[o.index]:s,u=o?.side==="right"?[o.index]:s;for(let m of r.heads){let h=m*e*e;for(let g of d){if(l&&c[g]!==l[0])continue;let v=h+g*e;for(let y of u){if(l&&c[y]!==l[1])continue;let $=n[v+y],b=r.diverging?Math.abs($):$;if(b>=i&&b>0){let S=r.diverging?$<0?1:0:m,x=Math.round(b*a*q);t(S,g,y,Math.min(q,Math.max(1,x)))}}}}}function Or(r,t,e){r.clearRect(0,0,e.width,e.height);let n=new Int32Array(q+1);Fr(t,(y,$,b,S)=>n[S]++);let s=1,o=0;for(let y=q;y>=1;y--){if(o>0&&o+n[y]>Mo){s=y+1;break}o+=n[y]}let i=0;for(let y=1;y<=q;y++)i+=n[y];let a=e.leftTextRight+O/2,l=e.rightTextLeft-O/2,c=new Float64Array(t.tokens.length);for(let y of t.visible)c[y]=mt(e,y);let d=new Map;Fr(t,(y,$,b,S)=>{if(S<s)return;let x=y*(q+1)+S,w=d.get(x);w==null&&d.set(x,w=new Path2D),w.moveTo(a,c[$]),w.lineTo(l,c[b])}),r.lineWidth=1;let u=Io(t),m=y=>y%(q+1),h=t.diverging?[...d].sort((y,$)=>m(y[0])-m($[0])):d;for(let[y,$]of h)r.strokeStyle=be(u[Math.floor(y/(q+1))],m(y)/q),r.stroke($);let g=(s-.5)/q*(t.diverging?t.diverging.extent:1),v=s>1?g:t.threshold;return{lines:o,overBudget:i-o,cutoff:v}}function Co(r,t,e){if(r.measureText(t).width<=e)return t;let n=t.length;for(;n>1&&r.measureText(`${t.slice(0,n)}…`).width>e;)n--;return`${t.slice(0,n)}…`}function Po(r,t,e){let n=[];r.font=Nr(e.fontSize),r.textBaseline="middle";let s=cn(t.filter);for(let o of["left","right"]){r.textAlign=o==="left"?"right":"left";let i=o==="left"?e.leftTextRight:e.rightTextLeft;for(let a of t.visible){let l=mt(e,a),c=t.active?.side===o&&t.active.index===a;if(c){let h=o==="left"?i-e.textWidth-2:i-2;r.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",r.fillRect(h,l-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let d=s?s[o==="left"?0:1]:null,u=d!=null&&t.segmentIds[a]!==d;r.fillStyle=u?"#bdc1c6":c?"#202124":"#3c4043";let m=Co(r,t.labels[a],e.textWidth);r.fillText(m,i,l),o==="left"&&n.push(m)}}return n}function Lo(r,t,e){let n=t.active;if(n==null)return;let s=t.tokens.length,o=e.squareSize,i=n.side==="right";for(let a of t.visible){let[l,c]=i?[a,n.index]:[n.index,a];if(!dn(t,l,c))continue;let d=mt(e,a);t.heads.forEach((u,m)=>{let h=t.weights[u*s*s+l*s+c],[g,v]=t.diverging?[pt(h),Math.abs(h)/t.diverging.extent]:[t.headColors[u],h],y=i?e.leftTextRight-e.textWidth-O-(m+1)*(o+1):e.rightTextLeft+e.textWidth+O+m*(o+1);r.fillStyle=be(g,Math.min(1,v)),r.fillRect(y,d-o/2,o,o)})}}function Dr(r,t,e){r.clearRect(0,0,e.width,e.height);let n=Po(r,t,e);return Lo(r,t,e),n}function qr(r,t,e,n){for(let s of[r,t])s.style.width=`${e.width}px`,s.style.height=`${e.height}px`;r.width=e.width,r.height=e.height,t.width=Math.round(e.width*n),t.height=Math.round(e.height*n),t.getContext("2d").setTransform(n,0,0,n,0,0)}function Br(r,t,e,n){let s=Math.floor((n-t.top)/t.rowHeight);if(s<0||s>=r.visible.length)return null;let o=(t.leftTextRight+t.rightTextLeft)/2,i=e<o?"left":"right",a=r.numHeads*(t.squareSize+1)+O;return(i==="left"?e>=t.leftTextRight-t.textWidth-a&&e<=t.leftTextRight+O:e>=t.rightTextLeft-O&&e<=t.rightTextLeft+t.textWidth+a)?{side:i,index:r.visible[s]}:null}function jr(r,t,e){return e<0||e>=r.rowOf.length||r.rowOf[e]<0?null:{x:t==="left"?r.leftTextRight-10:r.rightTextLeft+10,y:mt(r,e)}}function un(r,t){let e=r.tokens.length,n=r.headDim,s=t*e,o=r.query.subarray(t*n,(t+1)*n),i=[],a=new Float64Array(e);for(let h=0;h<e;h++){let g=new Float32Array(n),v=0;for(let y=0;y<n;y++)g[y]=o[y]*r.key[h*n+y],v+=g[y];i.push(g),a[h]=r.scale*v}let l=r.terms.map(h=>Float64Array.from(h.values.subarray(s,s+e))),c=a.map((h,g)=>l.reduce((v,y)=>v+y[g],h)),d=Array.from({length:e},(h,g)=>r.keyAllowed?.[s+g]!==0),u=Ro(c,d),m=0;for(let h=0;h<e;h++)m=Math.max(m,Math.abs(u[h]-r.attention[s+h]));return{query:o,products:i,scaled:a,terms:l,sums:c,allowed:d,softmax:u,maxDiff:m}}function Ro(r,t){let e=-1/0;r.forEach((o,i)=>{t[i]&&(e=Math.max(e,o))});let n=r.map((o,i)=>t[i]?Math.exp(o-e):0),s=n.reduce((o,i)=>o+i,0);return n.map(o=>s>0?o/s:0)}function hn(r){return r.startsWith("1/")?`q·k/${r.slice(2)}`:`q·k·${r}`}function ve(r){return[hn(r.scaleLabel),...r.terms.map(t=>t.name)].join(" + ")}var Vr="DejaVu Sans, Verdana, Arial, sans-serif",Fo=1.05,No=2,pn=null;function Z(r,t=12){return pn??=document.createElement("canvas").getContext("2d"),pn.font=`${t}px ${Vr}`,pn.measureText(r).width*Fo}function ft(r){return r.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;")}function P(r){return String(Math.round(r*100)/100)}function B(r){return"#"+(typeof r=="string"?Ie(r):r).map(e=>e.toString(16).padStart(2,"0")).join("")}function mn({className:r,data:t}){let e=r?` class="${ft(r)}"`:"",n=Object.entries(t).map(([s,o])=>` data-${s}="${ft(String(o))}"`).join("");return e+n}function Ur(r){return r?`<title>${ft(r)}</title>`:""}var W=class{constructor(t,e){this.width=t;this.height=e;this.shapes=[]}text(t,e,n,{anchor:s="start",size:o=12,color:i="#3c4043",...a}={}){this.shapes.push({type:"text",x:t,y:e,text:n,anchor:s,size:o,color:i,className:a.className??"",title:a.title??"",data:a.data??{}}),s==="start"&&(this.width=Math.max(this.width,t+Z(n,o)+8))}line(t,e,n,s,o,i,{width:a=1,...l}={}){this.shapes.push({type:"line",x1:t,y1:e,x2:n,y2:s,color:o,opacity:i,width:a,className:l.className??"",data:l.data??{}})}rect(t,e,n,s,o,i=1,{stroke:a=null,...l}={}){this.shapes.push({type:"rect",x:t,y:e,width:n,height:s,color:o,opacity:i,stroke:a,className:l.className??"",title:l.title??"",data:l.data??{}})}toSvg(){let t=P(Math.ceil(this.width)),e=P(Math.ceil(this.height)),n=[`<svg xmlns="http://www.w3.org/2000/svg" width="${t}" height="${e}" viewBox="0 0 ${t} ${e}" font-family="${Vr}">`,'<rect width="100%" height="100%" fill="#ffffff"/>'];for(let s of this.shapes)if(s.type==="line")n.push(`<line${mn(s)} x1="${P(s.x1)}" y1="${P(s.y1)}" x2="${P(s.x2)}" y2="${P(s.y2)}" stroke="${B(s.color)}" stroke-opacity="${s.opacity.toFixed(4)}" stroke-width="${s.width}"/>`);else if(s.type==="rect"){let o=s.stroke?` stroke="${B(s.stroke)}" stroke-width="2"`:"";n.push(`<rect${mn(s)} x="${P(s.x)}" y="${P(s.y)}" width="${P(s.width)}" height="${P(s.height)}" fill="${B(s.color)}" fill-opacity="${s.opacity.toFixed(4)}"${o}>${Ur(s.title)}</rect>`)}else n.push(`<text${mn(s)} x="${P(s.x)}" y="${P(s.y)}" font-size="${P(s.size)}" fill="${B(s.color)}" text-anchor="${s.anchor}" dominant-baseline="central">${Ur(s.title)}${ft(s.text)}</text>`);return n.push("</svg>"),n.join(`
`)}async toPng(t=No){let e=this.toSvg(),n=URL.createObjectURL(new Blob([e],{type:"image/svg+xml"}));try{let s=new Image;s.src=n,await s.decode();let o=document.createElement("canvas");o.width=Math.ceil(this.width)*t,o.height=Math.ceil(this.height)*t;let i=o.getContext("2d");return i.fillStyle="#ffffff",i.fillRect(0,0,o.width,o.height),i.drawImage(s,0,0,o.width,o.height),await new Promise((a,l)=>o.toBlob(c=>c?a(c):l(new Error("PNG encoding failed.")),"image/png"))}finally{URL.revokeObjectURL(n)}}};var T=16,Kr=12,Ho=150;function bt(r,t=Kr){return Math.min(Ho,Math.max(20,...r.map(e=>Z(e,t))))}function vt(r,t){return{tokens:t.map(e=>r.tokens[e]),display_tokens:t.map(e=>r.displayTokens[e]),special_tokens:t.map(e=>r.specialTokens[e]),segment_ids:t.map(e=>r.segmentIds[e]),token_indices:t}}function gn(r){return{tokens:r.tokens,display_tokens:r.displayTokens,special_tokens:r.specialTokens,segment_ids:r.segmentIds}}function Wr(r,t,e,n,s){return n.map(o=>s.map(i=>r[t+o*e+i]))}function xt(r,t){let e=[...r.layers.keys()].sort((i,a)=>i-a),n=r.tokens.length,s=r.numHeads*n*n,o=new Float32Array(e.length*s);return e.forEach((i,a)=>o.set(r.layers.get(i),a*s)),{format_version:1,view:"attention",payload:{...gn(r),layers:e,num_heads:r.numHeads,num_layers:r.allLayers?.length??null,attention:J(o,[e.length,r.numHeads,n,n])},colors:Array.from({length:r.numHeads},(i,a)=>A(a)),options:t}}function Qr(r,t){let e=r.tokens.length,{visible:n,weights:s,threshold:o,active:i}=r,a=bt(n.map(x=>r.labels[x])),l=8+a,c=l+8,d=c+240,u=d+8,m=44,h=new W(u+a+8,m+n.length*T+8),g=r.heads.length===r.numHeads?"all heads":r.heads.length?`heads ${r.heads.join(", ")}`:"no heads",v=[r.filter==="all"?"":`sentences ${r.filter[0]} → ${r.filter[1]}`,n.length<e?`${e-n.length} special tokens hidden`:"",i?`lines of ${i.side==="left"?"query":"key"} '${r.labels[i.index]}' only`:""].filter(Boolean);h.text(8,12,`Layer ${t}, ${g}: query (left) → key (right), opacity = attention weight (≥ ${o})${v.length?`; ${v.join("; ")}`:""}`,{size:11,className:"caption"});let y=8;for(let x of r.heads)h.rect(y,26,10,10,r.headColors[x],1,{className:"head-key",data:{head:x}}),h.text(y+13,31,`H${x}`,{size:10}),y+=13+Z(`H${x}`,10)+10;let $=new Map(n.map((x,w)=>[x,m+w*T+T/2]));if(i){let x=i.side==="left"?l-a-2:u-2;h.rect(x,$.get(i.index)-T/2+1,a+4,T-2,"#c0e7e3",1,{className:"active-token"})}let b=i?.side==="left"?[i.index]:n,S=i?.side==="right"?[i.index]:n;for(let x of r.heads)for(let w of b)for(let E of S){let pe=s[x*e*e+w*e+E];!(pe>=o&&pe>0)||!dn(r,w,E)||h.line(c,$.get(w),d,$.get(E),r.headColors[x],pe,{className:"attention",data:{head:x,query:w,key:E}})}for(let x of n){let w=r.tokens[x];h.text(l,$.get(x),r.labels[x],{anchor:"end",className:"query",title:w,data:{index:x}}),h.text(u,$.get(x),r.labels[x],{anchor:"start",className:"key",title:w,data:{index:x}})}return h}function Xr(r,t,e){let n=r.tokens.length;return{...vt(r,t.visible),layer:e,heads:t.heads,threshold:t.threshold,filter:t.filter,active:t.active?{...t.active,pinned:t.pinned}:null,weights:t.heads.map(s=>Wr(t.weights,s*n*n,n,t.visible,t.visible))}}var Oo=48,j=72;function Gr(r,t){let e=[...r.layers.keys()].sort((u,m)=>u-m),n=r.tokens.length,s=Math.min(n,Oo),o=j/s,i=36,a=56,l=j+8,c=new W(i+r.numHeads*l+8,a+e.length*l+8),d=s<n?`, max-pooled to ${s} × ${s}`:"";c.text(8,12,`Attention of every layer (rows) and head (columns): cell (i, j) = weight of query i → key j as opacity${d}. ${t.colorNote}`,{size:11,className:"caption"}),c.text(8,28,`Tokens: ${r.displayTokens.join(" ")}`,{size:10});for(let u=0;u<r.numHeads;u++)c.text(i+u*l+j/2,a-8,`H${u}`,{anchor:"middle",size:10});return e.forEach((u,m)=>{let h=r.layers.get(u),g=a+m*l;c.text(i-6,g+j/2,`L${u}`,{anchor:"end",size:10});for(let v=0;v<r.numHeads;v++){let y=i+v*l,$=t.color(u,v),b=new Float32Array(s*s);for(let x=0;x<n;x++)for(let w=0;w<n;w++){let E=Math.floor(x*s/n)*s+Math.floor(w*s/n);b[E]=Math.max(b[E],h[v*n*n+x*n+w])}let S=t.selected?.[0]===u&&t.selected?.[1]===v;c.rect(y,g,j,j,"#ffffff",1,{stroke:S?"#202124":"#dadce0",className:"thumb",data:{layer:u,head:v,selected:S?1:0}});for(let x=0;x<s;x++)for(let w=0;w<s;w++){let E=b[x*s+w];E<=0||c.rect(y+w*o,g+x*o,o,o,$,E,{className:"cell",data:{layer:u,head:v,query:x,key:w}})}t.switchedOff.has(`${u}:${v}`)&&(c.line(y,g,y+j,g+j,"#202124",1,{width:2,className:"off",data:{layer:u,head:v}}),c.line(y+j,g,y,g+j,"#202124",1,{width:2,className:"off"}))}}),c}function Jr(r,t){let e=[...r.layers.keys()].sort((o,i)=>o-i),n=r.tokens.length,s=r.tokens.map((o,i)=>i);return{...vt(r,s),layers:e,num_heads:r.numHeads,weights:e.map(o=>Array.from({length:r.numHeads},(i,a)=>Wr(r.layers.get(o),a*n*n,n,s,s))),...t}}function Yr(r,t){let e=r.tokens.length;return{format_version:1,view:"neuron",payload:{...gn(r),layer:r.layer,head:r.head,query:J(r.query,[e,r.headDim]),key:J(r.key,[e,r.headDim]),attention:J(r.attention,[e,e]),scale:r.scale,scale_label:r.scaleLabel,position_transform:r.positionTransform,terms:r.terms.map(n=>({name:n.name,label:n.label,description:n.description,values:J(n.values,[e,e])})),key_allowed:r.keyAllowed?J(r.keyAllowed,[e,e]):null},colors:Array.from({length:r.head+1},(n,s)=>A(s)),options:{query:t}}}function gt(r){let t=0;for(let e=0;e<r.length;e++)t=Math.max(t,Math.abs(r[e]));return t}function Zr(r,t,e){let n=r.tokens.length,s=r.headDim,o=Math.max(2,Math.min(6,Math.floor(192/s))),i=bt(r.displayTokens),a=16+i,l=a+s*o+12,c=["scaled",...r.terms.map($=>$.name),...r.terms.length?["sum"]:[]],d=l+s*o+12,u=d+c.length*64+10,m=64,h=new W(u+100+60,m+n*T+8);h.text(8,12,`Layer ${r.layer}, head ${r.head}, query '${r.displayTokens[t]}' (#${t}): softmax(${ve(r)}) per key; max |softmax − model attention| ${e.maxDiff.toExponential(1)}`,{size:11,className:"caption"}),h.text(8+i,32,"q",{anchor:"end",className:"header"}),h.text(a,50,"k",{className:"header"}),h.text(l,50,"q∘k",{className:"header"}),c.forEach(($,b)=>h.text(d+(b+1)*64-6,50,$,{anchor:"end",size:10,className:"header"})),h.text(u,50,"softmax",{className:"header"});let g=Math.max(gt(r.key),gt(e.query)),v=Math.max(...e.products.map(gt))||1;e.query.forEach(($,b)=>h.rect(a+b*o,26,o,12,B(H($,g)),1,{className:"q",title:`q[${b}] = ${$.toFixed(4)}`}));let y=A(r.head);for(let $=0;$<n;$++){let b=m+$*T;h.text(8+i,b+T/2,r.displayTokens[$],{anchor:"end",className:"key-token",title:r.tokens[$],data:{index:$}});for(let w=0;w<s;w++)h.rect(a+w*o,b+2,o,12,B(H(r.key[$*s+w],g)),1,{className:"k"}),h.rect(l+w*o,b+2,o,12,B(H(e.products[$][w],v)),1,{className:"product"});[e.scaled[$],...e.terms.map(w=>w[$]),...r.terms.length?[e.sums[$]]:[]].forEach((w,E)=>h.text(d+(E+1)*64-6,b+T/2,w.toFixed(3),{anchor:"end",size:10,className:"score",data:{column:c[E],key:$}}));let x=e.softmax[$];h.rect(u,b+2,100,12,y,x,{className:"softmax",title:x.toFixed(4),data:{key:$}}),h.text(u+104,b+T/2,e.allowed[$]?x.toFixed(3):"masked",{size:10})}return h}function es(r,t,e){let n=r.tokens.length,s=r.headDim,o=r.tokens.map((i,a)=>a);return{...vt(r,o),layer:r.layer,head:r.head,query_index:t,scale:r.scale,scale_label:r.scaleLabel,position_transform:r.positionTransform,query:[...e.query],key:o.map(i=>[...r.key.subarray(i*s,(i+1)*s)]),scaled:[...e.scaled],terms:Object.fromEntries(r.terms.map((i,a)=>[i.name,[...e.terms[a]]])),sum:[...e.sums],allowed:e.allowed,softmax:[...e.softmax],attention:[...r.attention.subarray(t*n,(t+1)*n)]}}function ts(r){return{format_version:1,view:"nmf",payload:{...gn(r),token_mask:r.tokenMask,layers:r.layers,n_components:r.k,factors:J(r.factors,[r.k,r.tokens.length]),top_neurons:r.topNeurons,layer_share:r.layerShare,reconstruction_error:r.reconstructionError},colors:Array.from({length:r.k},(t,e)=>A(e)),options:{}}}function Do(r){let t=r.tokens.length;return Array.from({length:r.k},(e,n)=>gt(r.factors.subarray(n*t,(n+1)*t)))}function ns(r,t){let e=r.tokens.length,n=Do(r),s=bt(r.displayTokens),o=16+s,i=44,a=26,l=new W(o+r.k*(a+2)+8,i+e*T+16+r.k*T),c=t==null?"":`; factor ${t} picked`;l.text(8,12,`NMF: ${r.k} factors of the FFN neurons of layers ${r.layers[0]}–${r.layers[r.layers.length-1]} (relative error ${r.reconstructionError.toFixed(3)}); opacity = activation / the factor's largest${c}`,{size:11,className:"caption"});for(let u=0;u<r.k;u++){let m=o+u*(a+2);u===t&&l.rect(m-1,24,a+2,20+e*T,"#ffffff",0,{stroke:"#202124",className:"picked",data:{factor:u}}),l.text(m+a/2,34,`F${u}`,{anchor:"middle",color:A(u),className:"factor"})}for(let u=0;u<e;u++){let m=i+u*T;l.text(8+s,m+T/2,r.displayTokens[u],{anchor:"end",color:r.tokenMask[u]?"#3c4043":"#bdc1c6",className:"token",title:r.tokens[u],data:{index:u}});for(let h=0;h<r.k;h++){let g=r.factors[h*e+u];l.rect(o+h*(a+2),m+1,a,T-2,A(h),n[h]>0?g/n[h]:0,{className:"cell",title:`F${h}: ${g.toFixed(4)}`,data:{factor:h,token:u}})}}let d=i+e*T+16;return r.topNeurons.forEach((u,m)=>l.text(8,d+m*T,`F${m} top neurons (layer·unit): ${u.slice(0,5).map(h=>`L${h.layer}·${h.index}`).join(", ")}`,{size:10,color:A(m),className:"neurons"})),l}function rs(r,t){let e=r.tokens.length;return{...vt(r,r.tokens.map((n,s)=>s)),token_mask:r.tokenMask,layers:r.layers,picked_factor:t,factors:Array.from({length:r.k},(n,s)=>[...r.factors.subarray(s*e,(s+1)*e)]),top_neurons:r.topNeurons,layer_share:r.layerShare,reconstruction_error:r.reconstructionError}}var yt=260;function qo(r,t,e){if(Z(r,e)<=t)return r;let n=r.length;for(;n>1&&Z(`${r.slice(0,n)}…`,e)>t;)n--;return`${r.slice(0,n)}…`}var fn=120;function zr(r,t,e,n,s,o,i){let a=t+30,l=t+yt-8,c=e+22,d=e+fn-18,u=h=>a+(h+.5)*(l-a)/s.length,m=h=>d-Math.min(1,Math.max(0,h))*(d-c);r.text(t,e+8,qo(n,yt-8,11),{size:11,title:n});for(let h of[0,.5,1])r.line(a,m(h),l,m(h),"#dadce0",1),r.text(a-4,m(h),String(h),{anchor:"end",size:9});s.forEach((h,g)=>r.text(u(g),d+9,h==="embeddings"?"emb":h,{anchor:"middle",size:9}));for(let h of o)h.values.forEach((g,v)=>{if(i){let y=.7*(l-a)/s.length;r.rect(u(v)-y/2,m(g),y,d-m(g),h.color,1,{className:"bar",title:g.toFixed(3),data:{layer:s[v],value:g}})}else v>0&&r.line(u(v-1),m(h.values[v-1]),u(v),m(g),h.color,1,{width:1.5}),r.rect(u(v)-2.5,m(g)-2.5,5,5,h.color,1,{className:"point",title:`${h.name} at ${s[v]}: ${g.toFixed(3)}`,data:{series:h.name,layer:s[v],value:g}})});return e+fn}function ss(r,t){let e=r[0]?.layers.labels??[],n=2,s=new W(8+n*(yt+12),0);s.text(8,12,"Probability of each class read off every layer (the model's own classification head); the last layer is the prediction.",{size:11,className:"caption"});let o=8;e.forEach((a,l)=>{s.rect(o,24,10,10,A(l),1),s.text(o+13,29,a,{size:10}),o+=13+Z(a,10)+12});let i=40;return r.forEach((a,l)=>{let c=8+l%n*(yt+12),d=40+Math.floor(l/n)*(fn+8),u=e.map((m,h)=>({name:m,color:A(h),values:a.layers.probas.map(g=>g[h])}));i=Math.max(i,zr(s,c,d,a.text,a.layers.layers,u,!1))}),t&&(i=zr(s,8,i+8,`Accuracy by layer over ${t.scored} examples (chance ${t.majority.toFixed(3)})`,t.layers,[{name:"accuracy",color:"#1f5fd6",values:t.accuracy}],!0)),s.height=i+8,s}function os(r,t,e){let n=bt(e.map(i=>i.name))+16,s=Math.max(...t.map(i=>Z(i.label,Kr)))+20,o=new W(8+n+t.length*s+8,44+(e.length+1)*20);return o.text(8,12,r,{size:11,className:"caption"}),t.forEach((i,a)=>o.text(8+n+(a+1)*s-6,40,i.label,{anchor:"end",className:"header"})),o.line(8,50,o.width-8,50,"#3c4043",1),e.forEach((i,a)=>{let l=62+a*20;o.text(8,l,i.name,{className:"row",data:{row:i.name}}),t.forEach((c,d)=>{let u=i.values[c.key];o.text(8+n+(d+1)*s-6,l,u==null?"–":u.toFixed(3),{anchor:"end",className:"value",data:{row:i.name,column:c.key,value:u??"null"}})})}),o}var Bo=4,yn="random",jo=["LIME"];function is(r){return`${Math.round(r*100)}%`}var bn=class extends M{constructor(){super();this.scores=new Map;this.run=new D(()=>this.requestUpdate());this.emptyMessage="Select examples to score the salience methods on them, or score the whole dataset.";this.scope="selection",this.excluded=new Set(jo),this.sortKey="comprehensiveness"}static{this.title="Faithfulness of Salience Maps"}static{this.infoMarkdown=`Which salience map to trust (ERASER, DeYoung et al. 2020), for each salience method averaged over the examples; words are deleted from the text, top-scored first.

* **Comprehensiveness** (higher is better): p(predicted class | text) − p(predicted class | text without the method's top words), averaged over removing the top 10, 20 and 50% of the words (AOPC). Deleting truly important words should hurt.
* **Sufficiency** (lower is better): p(predicted class | text) − p(predicted class | only the top words), averaged the same way. The top words alone should be enough.
* **Kendall τ** (higher is better): rank correlation between the method's word scores and leave-one-out importance (the drop when that word alone is deleted).

The **random** row scores words at random: a method that does not beat it explains nothing about this model. Subword scores are summed into words. LIME, by far the slowest, is scored once you tick it.`}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return R(e,ut)}static{this.styles=_(Pr)}static{this.properties={scope:{state:!0},excluded:{state:!0},sortKey:{state:!0}}}get inputs(){return this.scope==="dataset"?this.appState.currentInputData:this.selectionService.selectedInputData}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}get methods(){let e=this.appState.metadata?.interpreters??{};return(this.appState.currentModelInfos[this.model]?.interpreters??[]).filter(s=>Object.values(e[s]?.metaSpec??{}).some(o=>o?.name==="TokenSalience"))}get methodsConfig(){let e=this.methods.filter(n=>!this.excluded.has(n));return e.length===this.methods.length?"":e.join(",")}async load(e){let n=this.methodsConfig,s=[this.model,this.appState.currentDataset,n].join("\0"),o=a=>`${s}\0${a.id}`,i=e.filter(a=>!this.scores.has(o(a)));return await this.run.track(a=>oe(this.apiService,i,this.model,this.appState.currentDataset,ut,{methods:n},{...a,batchSize:Bo,message:"Scoring the faithfulness of salience maps",onBatch:(l,c)=>c.forEach((d,u)=>this.scores.set(o(l[u]),Cr(d)))})),e.map(a=>this.scores.get(o(a)))}get loadingMessage(){let[e,n]=this.run.progress??[0,0];return n?`Scoring examples: ${e} / ${n}…`:"Scoring…"}inputsChanged(){this.run.stop()}setScope(e){this.scope=e,this.run.stop(),this.reload()}toggleMethod(e){let n=new Set(this.excluded);if(n.delete(e)||n.add(e),this.methods.every(s=>n.has(s))){this.requestUpdate();return}this.excluded=n,this.reload()}renderControls(){let e=this.selectionService.selectedInputData.length,n=this.appState.currentInputData.length,s=this.run.progress;return p`
      <div class="toolbar">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button scope-selection ${this.scope==="selection"?"on":""}"
              @click=${()=>this.setScope("selection")}>Selected (${e})</button>
          <button class="hairline-button scope-dataset ${this.scope==="dataset"?"on":""}"
              @click=${()=>this.setScope("dataset")}>All ${n} examples</button>
        </span>
        ${s?p`
          <progress max=${s[1]} value=${s[0]}></progress>
          <button class="hairline-button stop" @click=${()=>this.setScope("selection")}
              ?hidden=${this.scope!=="dataset"}>Stop</button>`:f}
      </div>
      <div class="methods" role="group" aria-label="Salience methods">
        <span class="hint">Methods</span>
        ${this.methods.map(o=>p`
          <label><input type="checkbox" class="method" data-method=${o}
              .checked=${N(!this.excluded.has(o))} @change=${()=>this.toggleMethod(o)}
              >${o}</label>`)}
      </div>`}renderData(e){if(e.length===0)return f;let n=sn(rn(e),this.sortKey),s=e[0].fractions.map(is).join(", "),o=`${e.length} example${e.length===1?"":"s"}`;return p`
      <div class="hint summary">Mean over ${o}; top ${s} of the words removed.
        Click a column to rank by it.</div>
      <table class="faithfulness">
        <thead>
          <tr>
            <th>Method</th>
            ${de.map(i=>p`
              <th class="num sortable ${i.key===this.sortKey?"sorted":""}"
                  data-col=${i.key} title=${`${i.label}: ${i.definition}; ${i.higherIsBetter?"higher":"lower"} is better`}
                  @click=${()=>this.sortKey=i.key}>
                ${i.label} ${i.higherIsBetter?"↑":"↓"}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${n.map(i=>p`
            <tr data-method=${i.name} class=${i.name===yn?"baseline":""}>
              <td>${i.name===yn?"random (baseline)":i.name}${i.refused?p`
                <span class="refused" title=${i.errors.join(`
`)}>refused ${i.refused} of ${e.length}</span>`:f}</td>
              ${de.map(({key:a})=>{let l=i[a],c=`over ${i.counts[a]} of ${e.length} examples`;return p`<td class="num" data-col=${a}
                    title=${l==null?"undefined on every example":`${l.toPrecision(6)} ${c}`}>${l==null?"–":l.toFixed(3)}</td>`})}
            </tr>`)}
        </tbody>
      </table>`}exportSource(e){if(e.length===0)return null;let n=sn(rn(e),this.sortKey),s=e[0].fractions,i=`Faithfulness of salience maps, mean over ${`${e.length} example${e.length===1?"":"s"}`} (top ${s.map(is).join(", ")} of the words removed), best first by ${de.find(l=>l.key===this.sortKey).label}.`,a=de.map(l=>({key:l.key,label:`${l.label} ${l.higherIsBetter?"↑":"↓"}`}));return{view:"faithfulness",name:this.exportName("faithfulness",this.sortKey),title:"Faithfulness of salience maps",figure:()=>os(i,a,n.map(l=>({name:l.name===yn?"random (baseline)":l.name,values:{comprehensiveness:l.comprehensiveness,sufficiency:l.sufficiency,kendallTau:l.kendallTau}}))),data:()=>({model:this.model,examples:this.inputs.map(l=>l.id),fractions:s,sort_key:this.sortKey,rows:n}),standalone:()=>null}}updated(e){super.updated(e),Object.assign(this.dataset,{scope:this.scope,sortKey:this.sortKey,methods:this.methodsConfig,examples:String(this.data?.length??0)})}};I("faithfulness-module",bn);function vn(r,t){if(r.length!==t.length)throw new Error(`Cannot subtract attention of ${t.length} values from ${r.length} values.`);let e=new Float32Array(r.length);for(let n=0;n<r.length;n++)e[n]=r[n]-t[n];return e}function $t(r,t,e,n){if(t.length!==e*n*n)throw new Error(`Layer ${r} has ${t.length} values; expected ${e} heads × ${n} × ${n}.`);return Array.from({length:e},(s,o)=>{let i=0,a=0,l=o*n*n;for(let c=0;c<n*n;c++){let d=Math.abs(t[l+c]);a+=d,d>i&&(i=d)}return{layer:r,head:o,maxAbs:i,meanAbs:n>0?a/(n*n):0}})}function wt(r){return[...r].sort((t,e)=>e.maxAbs-t.maxAbs||e.meanAbs-t.meanAbs||t.layer-e.layer||t.head-e.head)}function ls(r,t,e){let n=0;for(let s of t){let o=s*e*e;for(let i=0;i<e*e;i++)n=Math.max(n,Math.abs(r[o+i]))}return n}function as(r){return(r.length<=8?r:[...r.slice(0,4),"…",...r.slice(-3)]).join(" ")}function cs(r,t,e,n){if(!(r.tokens.length===t.tokens.length&&r.tokens.every((a,l)=>a===t.tokens[l])))throw new Error(`No difference: '${e}' and '${n}' split this example into different tokens (${r.tokens.length}: ${as(r.tokens)}; ${t.tokens.length}: ${as(t.tokens)}), so their attention cells do not correspond. A difference needs two models with the same tokenizer; compare these side by side (Show: attention).`);if(r.numHeads!==t.numHeads)throw new Error(`No difference: '${e}' has ${r.numHeads} heads per layer and '${n}' ${t.numHeads}; a difference needs the same heads.`);let o=r.allLayers?.join(","),i=t.allLayers?.join(",");if(o!=null&&i!=null&&o!==i)throw new Error(`No difference: '${e}' has layers [${o}] and '${n}' [${i}]; a difference needs the same layers.`)}function kt(r){if(r.kind==="models")return`Difference A − B, A = ${r.minuend} (this view's model), B = ${r.subtrahend}.`;let t=r.alignment,e=t.added+t.removed>0?` (${t.added} token${t.added===1?"":"s"} only in the selected and ${t.removed} only in the pinned example left out)`:"";return`Difference A − B, A = the selected (edited) example, B = the pinned (original) one, over the ${t.edited.length} tokens they share, aligned by their position in the edit${e}.`}function ds(r,t,e,n){let s=t>=0?"+":"−";return`  head ${String(r).padStart(2)}: ${s}${Math.abs(t).toFixed(4)} (A ${e.toFixed(4)}, B ${n.toFixed(4)})`}var Uo=/^(\[(CLS|SEP|PAD|MASK)\]|<\/?s>|<pad>|<mask>|<cls>|<sep>)$/;function xn(r){return Uo.test(r)}function us(r){return xn(r)?r:r.replace(/^##(?=.)/,"").replace(/<\/w>$/,"").replace(/^[Ġ▁]+/,"")||"␣"}function hs(r){let t=r.findIndex(e=>e==="[SEP]"||e==="</s>");return r.map((e,n)=>t>=0&&n>t?1:0)}function Vo(r){let t=r.spec?.output??{},e=new Map;for(let[l,c]of Object.entries(t))c?.name!=="AttentionHeads"||!c.align_in||!(c.align_in in t)||e.set(c.align_in,[...e.get(c.align_in)??[],l]);let n=null;for(let l of e)(n==null||l[1].length>n[1].length)&&(n=l);if(n==null)return null;let[s,o]=n,i=zo(o),a=o.map((l,c)=>[i[c],l]).sort((l,c)=>l[0]-c[0]);return{tokensField:s,layers:a}}function zo(r){let t=r.map(s=>{let o=/(\d+)/.exec(s);return o?Number(o[1]):NaN});if(!(t.every(s=>Number.isFinite(s))&&new Set(t).size===t.length))return r.map((s,o)=>o);let n=t.includes(0)?0:1;return t.map(s=>s-n)}function Q(r){if(r==null)return null;if(r.interpreters?.includes(st))return{kind:"interpreter"};let t=Vo(r);return t?{kind:"predictions",...t}:null}function At(r){return Object.values(r).some(t=>Q(t)!=null)}var Ko=8,ue=new Map,St=new Map,$n=new Map;function Wo(r,t){for(ue.delete(r),ue.set(r,t);ue.size>Ko;)ue.delete(ue.keys().next().value)}function Qo(r,t){if(r==null)return!1;let e=t??r.allLayers;return e!=null&&e.every(n=>r.layers.has(n))}function Xo(r,t,e){let n=r;if(!Array.isArray(n)||n.some(o=>!Array.isArray(o)||o.length!==t)){let o=Array.isArray(n)&&Array.isArray(n[0])?n[0].length:"?";throw new Error(`${e} has ${o} positions but the tokens have ${t}.`)}let s=new Float32Array(n.length*t*t);return n.forEach((o,i)=>o.forEach((a,l)=>{if(!Array.isArray(a)||a.length!==t)throw new Error(`${e} row ${l} has ${a?.length} values, not ${t}.`);a.forEach((c,d)=>{s[(i*t+d)*t+l]=c})})),[n.length,s]}async function Go(r,t,e,n,s){let o=s.layers.map(([,d])=>d),[i]=await r.getPreds([n],e,t,[],[s.tokensField,...o],"Fetching attention"),a=i[s.tokensField],l=new Map,c=0;for(let[d,u]of s.layers){let[m,h]=Xo(i[u],a.length,u);c=m,l.set(d,h)}return{tokens:a,displayTokens:a.map(us),specialTokens:a.map(xn),segmentIds:hs(a),numHeads:c,allLayers:s.layers.map(([d])=>d),layers:l,source:"predictions"}}async function Jo(r,t,e,n,s){let o=s?{layers:s}:{},[i]=await r.getInterpretations([n],e,t,st,o,"Fetching attention",!0),a=Sr(i),l=a.numLayers!=null?Array.from({length:a.numLayers},(c,d)=>d):s==null?a.layers:$n.get(e)??null;return l&&$n.set(e,l),{tokens:a.tokens,displayTokens:a.displayTokens,specialTokens:a.specialTokens,segmentIds:a.segmentIds,numHeads:a.numHeads,allLayers:l,layers:new Map(a.layers.map((c,d)=>[c,a.weights[d]])),source:"interpreter"}}function Yo(){return new Promise(r=>setTimeout(r,0))}async function X(r,t,e,n,s,o){let i=`${e}\0${t}\0${s.id}`,a=ue.get(i);if(Qo(a,o))return a;let l=n.kind==="interpreter"&&o!=null&&$n.has(e)?o:null,c=`${i}\0${l?.join(",")??"all"}`,d=St.get(c);return d==null&&(d=(l==null?Yo().then(()=>Promise.allSettled([...St].filter(([m])=>m.startsWith(`${i}\0`)&&m!==c).map(([,m])=>m))):Promise.resolve()).then(()=>n.kind==="interpreter"?Jo(r,t,e,s,l):Go(r,t,e,s,n)).then(m=>{let h=ue.get(i);return h&&(m.layers.forEach((g,v)=>h.layers.set(v,g)),h.allLayers??=m.allLayers,m=h),Wo(i,m),m}).finally(()=>St.delete(c)),St.set(c,d)),d}var ps=Object.getOwnPropertyDescriptor(Ze.prototype,"selectionService")?.get;function ms(r){return ps?ps.call({selectionServiceIndex:r}):null}function wn(r){let t=ms(0)?.primarySelectedInputData??null,e=ms(1)?.primarySelectedInputData??null;return!r.compareExamplesEnabled||t==null||e==null||t.id===e.id?null:[t,e]}function xe(r,t){return r.currentModels.filter(e=>e!==t)}function Ce(r,t,e){let n=["attention"];return xe(r,t).length>0&&n.push("models"),e&&wn(r)!=null&&n.push("examples"),n}function Et(r,t,e,n){return Ce(r,t,n).includes(e)?e:"attention"}function Mt(r,t,e){let n=xe(r,t);return e!=null&&n.includes(e)?e:n[0]}function Zo(r,t,e){return r==="models"?`difference ${t} − ${e??"other model"}`:r==="examples"?"difference selected − pinned example":"attention"}function Tt(r,t,e,n,s,o,i){if(r.length<2)return f;let a=l=>l.target.value;return p`
    <label title="A difference subtracts, cell by cell, the second's attention from the first's.">
      Show
      <select class="dropdown show-mode" @change=${l=>o(a(l))}>
        ${r.map(l=>p`<option value=${l} ?selected=${l===t}>${Zo(l,e,s)}</option>`)}
      </select>
    </label>
    ${t==="models"&&n.length>1?p`
      <label>B
        <select class="dropdown other-model" @change=${l=>i(a(l))}>
          ${n.map(l=>p`<option value=${l} ?selected=${l===s}>${l}</option>`)}
        </select>
      </label>`:f}`}var Pe=class{diff(t,e,n={}){let s;typeof n=="function"?(s=n,n={}):"callback"in n&&(s=n.callback);let o=this.castInput(t,n),i=this.castInput(e,n),a=this.removeEmpty(this.tokenize(o,n)),l=this.removeEmpty(this.tokenize(i,n));return this.diffWithOptionsObj(a,l,n,s)}diffWithOptionsObj(t,e,n,s){var o;let i=b=>{if(b=this.postProcess(b,n),s){setTimeout(function(){s(b)},0);return}else return b},a=e.length,l=t.length,c=1,d=a+l;n.maxEditLength!=null&&(d=Math.min(d,n.maxEditLength));let u=(o=n.timeout)!==null&&o!==void 0?o:1/0,m=Date.now()+u,h=[{oldPos:-1,lastComponent:void 0}],g=this.extractCommon(h[0],e,t,0,n);if(h[0].oldPos+1>=l&&g+1>=a)return i(this.buildValues(h[0].lastComponent,e,t));let v=-1/0,y=1/0,$=()=>{for(let b=Math.max(v,-c);b<=Math.min(y,c);b+=2){let S,x=h[b-1],w=h[b+1];x&&(h[b-1]=void 0);let E=!1;if(w){let jn=w.oldPos-b;E=w&&0<=jn&&jn<a}let pe=x&&x.oldPos+1<l;if(!E&&!pe){h[b]=void 0;continue}if(!pe||E&&x.oldPos<w.oldPos?S=this.addToPath(w,!0,!1,0,n):S=this.addToPath(x,!1,!0,1,n),g=this.extractCommon(S,e,t,b,n),S.oldPos+1>=l&&g+1>=a)return i(this.buildValues(S.lastComponent,e,t))||!0;h[b]=S,S.oldPos+1>=l&&(y=Math.min(y,b-1)),g+1>=a&&(v=Math.max(v,b+1))}c++};if(s)(function b(){setTimeout(function(){if(c>d||Date.now()>m)return s(void 0);$()||b()},0)})();else for(;c<=d&&Date.now()<=m;){let b=$();if(b)return b}}addToPath(t,e,n,s,o){let i=t.lastComponent;return i&&!o.oneChangePerToken&&i.added===e&&i.removed===n?{oldPos:t.oldPos+s,lastComponent:{count:i.count+1,added:e,removed:n,previousComponent:i.previousComponent}}:{oldPos:t.oldPos+s,lastComponent:{count:1,added:e,removed:n,previousComponent:i}}}extractCommon(t,e,n,s,o){let i=e.length,a=n.length,l=t.oldPos,c=l-s,d=0;for(;c+1<i&&l+1<a&&this.equals(n[l+1],e[c+1],o);)c++,l++,d++,o.oneChangePerToken&&(t.lastComponent={count:1,previousComponent:t.lastComponent,added:!1,removed:!1});return d&&!o.oneChangePerToken&&(t.lastComponent={count:d,previousComponent:t.lastComponent,added:!1,removed:!1}),t.oldPos=l,c}equals(t,e,n){return n.comparator?n.comparator(t,e):t===e||!!n.ignoreCase&&t.toLowerCase()===e.toLowerCase()}removeEmpty(t){let e=[];for(let n=0;n<t.length;n++)t[n]&&e.push(t[n]);return e}castInput(t,e){return t}tokenize(t,e){return Array.from(t)}join(t){return t.join("")}postProcess(t,e){return t}get useLongestToken(){return!1}buildValues(t,e,n){let s=[],o;for(;t;)s.push(t),o=t.previousComponent,delete t.previousComponent,t=o;s.reverse();let i=s.length,a=0,l=0,c=0;for(;a<i;a++){let d=s[a];if(d.removed)d.value=this.join(n.slice(c,c+d.count)),c+=d.count;else{if(!d.added&&this.useLongestToken){let u=e.slice(l,l+d.count);u=u.map(function(m,h){let g=n[c+h];return g.length>m.length?g:m}),d.value=this.join(u)}else d.value=this.join(e.slice(l,l+d.count));l+=d.count,d.added||(c+=d.count)}}return s}};var kn=class extends Pe{tokenize(t){return t.slice()}join(t){return t}removeEmpty(t){return t}},fs=new kn;function Sn(r,t,e){return fs.diff(r,t,e)}function gs(r,t){let e={original:[],edited:[],removed:0,added:0},n=0,s=0;for(let o of Sn(r,t)){let i=o.value.length;if(o.removed)n+=i,e.removed+=i;else if(o.added)s+=i,e.added+=i;else{for(let a=0;a<i;a++)e.original.push(n+a),e.edited.push(s+a);n+=i,s+=i}}return e}function An(r,t,e,n){if(r.length!==t*e*e)throw new Error(`Attention has ${r.length} values; expected ${t} heads × ${e} × ${e}.`);let s=n.length,o=new Float32Array(t*s*s);for(let i=0;i<t;i++)for(let a=0;a<s;a++){let l=(i*e+n[a])*e;for(let c=0;c<s;c++)o[(i*s+a)*s+c]=r[l+n[c]]}return o}function ys(r,t){let e=Q(r[t]);if(e==null)throw new Error(`Model '${t}' returns no attention.`);return e}async function _t(r,t,e,n,s,o,i){let[a,l]=await Promise.all([n,s].map(m=>X(r,t,m,ys(e,m),o,i)));cs(a,l,n,s);let c=new Map,d=new Map,u=new Map;for(let m of i??a.allLayers??[...a.layers.keys()]){let[h,g]=[a.layers.get(m),l.layers.get(m)];h==null||g==null||(c.set(m,vn(h,g)),d.set(m,h),u.set(m,g))}return{...a,layers:c,allLayers:a.allLayers??l.allLayers,difference:{kind:"models",minuend:n,subtrahend:s,a:d,b:u,alignment:null}}}async function bs(r,t,e,n,s,o,i){let a=ys(e,n),[l,c]=await Promise.all([s,o].map(b=>X(r,t,n,a,b,i))),d=gs(c.tokens,l.tokens);if(d.edited.length===0)throw new Error("No difference: the selected and the pinned example share no tokens.");let u=l.numHeads,[m,h]=[l.tokens.length,c.tokens.length],g=new Map,v=new Map,y=new Map;for(let b of i??l.allLayers??[...l.layers.keys()]){let[S,x]=[l.layers.get(b),c.layers.get(b)];if(S==null||x==null)continue;let w=An(S,u,m,d.edited),E=An(x,u,h,d.original);g.set(b,vn(w,E)),v.set(b,w),y.set(b,E)}let $=b=>d.edited.map(S=>b[S]);return{...l,tokens:$(l.tokens),displayTokens:$(l.displayTokens),specialTokens:$(l.specialTokens),segmentIds:$(l.segmentIds),layers:g,difference:{kind:"examples",minuend:"selected",subtrahend:"pinned",a:v,b:y,alignment:d}}}var vs=`.heads {
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
`;var ti=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],xs=[.01,.02,.05,.1,.2],En=class extends M{constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.sceneKey="";this.drawnWeights=null;this.labelsDrawn=[];this.fullLines=null;this.fullResult=null;this.resizeObserver=null;this.laidOut=null;this.emptyMessage="Select an example to see its attention.";this.onFocus=e=>{this.applyFocus(e.detail,!0)};this.onMouseMove=e=>{let n=this.tokenAt(e),s=(o,i)=>o?.side===i?.side&&o?.index===i?.index;this.pinned==null&&!s(n,this.hovered)&&(this.hovered=n,this.repaintActive()),this.showTooltip(e,n)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let n=this.tokenAt(e),s=n&&this.pinned&&n.side===this.pinned.side&&n.index===this.pinned.index;this.pinned=n==null||s?null:n,this.hovered=n};this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=xs[0],this.pinned=null,this.show="attention",this.otherModel=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static shouldDisplayModule(e){return At(e)}static{this.styles=_(vs)}static{this.properties={layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0},show:{state:!0},otherModel:{state:!0}}}connectedCallback(){super.connectedCallback(),F.addEventListener(ie,this.onFocus),F.focus?.model===this.model&&this.applyFocus(F.focus,!1)}disconnectedCallback(){super.disconnectedCallback(),F.removeEventListener(ie,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e,n){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.reload()),n&&this.scrollIntoView({block:"nearest"}))}inputsChanged(){this.pinned=null}get mode(){return Et(this.appState,this.model,this.show,!0)}get subtrahend(){return Mt(this.appState,this.model,this.otherModel)}get inputs(){let e=wn(this.appState);return this.mode==="examples"&&e!=null?e:super.inputs}setShow(e){this.show=e,this.pinned=null,this.reload()}setOtherModel(e){this.otherModel=e,this.reload()}async load(e){let[n]=e,s=this.appState.currentDataset,o=this.appState.currentModelInfos;if(this.mode==="models")return _t(this.apiService,s,o,this.model,this.subtrahend,n,[this.layer]);if(this.mode==="examples")return bs(this.apiService,s,o,this.model,e[0],e[1],[this.layer]);let i=Q(this.appState.currentModelInfos[this.model]);if(i==null)throw new Error(`Model '${this.model}' returns no attention.`);return performance.mark("lit-ext:head-view:request"),X(this.apiService,this.appState.currentDataset,this.model,i,n,[this.layer])}accept(e){if(performance.mark("lit-ext:head-view:data",{detail:{tokens:e.tokens.length}}),e.allLayers&&!e.allLayers.includes(this.layer)&&(this.layer=e.allLayers[0],!e.layers.has(this.layer))){this.reload();return}let n=this.data!=null&&this.data.numHeads!==e.numHeads,s=this.data==null&&this.selectedHeads.length===0;(n||s||this.selectedHeads.some(o=>o>=e.numHeads))&&(this.selectedHeads=Array.from({length:e.numHeads},(o,i)=>i)),this.data=e,this.requestUpdate()}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.reload()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(n=>n!==e):[...this.selectedHeads,e].sort((n,s)=>n-s)}soloHead(e){let n=this.data?.numHeads??0,s=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=s?Array.from({length:n},(o,i)=>i):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,n=e?.allLayers??[...e?.layers.keys()??[]],s=d=>this.setLayer(Number(d.target.value)),o=d=>{this.filter=d.target.value},i=d=>{this.threshold=Number(d.target.value)},a=d=>{this.hideSpecial=d.target.checked,this.pinned=null},l=xe(this.appState,this.model),c=Ce(this.appState,this.model,!0);return p`
      <div class="toolbar">
        ${Tt(c,this.mode,this.model,l,this.subtrahend,d=>this.setShow(d),d=>this.setOtherModel(d))}
        <label>Layer
          <select class="dropdown layer-select" @change=${s} ?disabled=${!n.length}>
            ${n.map(d=>p`<option value=${d} ?selected=${d===this.layer}>${d}</option>`)}
          </select>
        </label>
        ${this.isPair?p`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${o}>
              ${ti.map(([d,u])=>p`
                <option value=${d} ?selected=${d===this.filter}>${u}</option>`)}
            </select>
          </label>`:f}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${i}>
            ${xs.map(d=>p`
              <option value=${d} ?selected=${d===this.threshold}>${d}</option>`)}
          </select>
        </label>
        <label title=${at}><input type="checkbox" class="hide-special"
            .checked=${this.hideSpecial} @change=${a}>Hide special tokens</label>
      </div>
      ${e?this.renderHeads(e.numHeads):f}`}renderHeads(e){let n=()=>{this.selectedHeads=Array.from({length:e},(s,o)=>o)};return p`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(s,o)=>{let i=this.selectedHeads.includes(o),a=A(o);return p`
            <button class="head-chip ${i?"on":""}" data-head=${o}
                style="--head-color: ${a}" aria-pressed=${i}
                title="Head ${o}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(o)} @dblclick=${()=>this.soloHead(o)}>
              ${o}
            </button>`})}
        <button class="hairline-button" @click=${n}>All</button>
        <button class="hairline-button" @click=${()=>this.selectedHeads=[]}>None</button>
      </div>`}renderData(){return p`
      <div class="hint legend">${this.legendText()}<span class="line-stats"></span></div>
      <div class="canvas-stack">
        <canvas class="lines"></canvas>
        <canvas class="labels" @mousemove=${this.onMouseMove}
            @mouseleave=${this.onMouseLeave} @click=${this.onCanvasClick}></canvas>
      </div>
      <div class="tooltip" hidden></div>`}legendText(){let e=this.pinned?"Click the pinned token again (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it.";return p`${this.renderDifferenceLegend()}Left: attending tokens; right: attended tokens. ${e}`}renderDifferenceLegend(){let e=this.data,n=e?.difference,s=e?.layers.get(this.layer);if(e==null||n==null||s==null)return f;let o=e.tokens.length,i=wt($t(this.layer,s,e.numHeads,o)).slice(0,4),a=this.differenceExtent(s);return p`
      <div class="difference-legend">
        <div>${kt(n)}</div>
        <div>
          <span class="swatch positive"></span>A attends more
          <span class="swatch negative"></span>B attends more;
          opacity = |Δ| / ${a.toFixed(3)} (this layer's largest change), largest on top.
          Most changed heads: ${i.map(l=>`H${l.head} (max |Δ| ${l.maxAbs.toFixed(3)}, mean ${l.meanAbs.toFixed(4)})`).join(", ")}.
        </div>
      </div>`}differenceExtent(e){let n=this.data,s=Array.from({length:n.numHeads},(o,i)=>i);return ls(e,s,n.tokens.length)||1}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let n=Math.floor(e.clientWidth-16);n>0&&n!==this.canvasWidth&&(this.canvasWidth=n,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.observeWidth(),this.redraw()}buildScene(){let e=this.data,n=e?.layers.get(this.layer);if(e==null||n==null)return null;let s=e.tokens.map((o,i)=>i).filter(o=>!this.hideSpecial||!e.specialTokens[o]);return{tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:n,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(o,i)=>A(i)),visible:s,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null,diverging:e.difference?{extent:this.differenceExtent(n)}:null}}canvases(){let e=this.renderRoot.querySelector("canvas.lines"),n=this.renderRoot.querySelector("canvas.labels");return e&&n?[e,n]:null}redraw(){let e=this.buildScene();this.scene=e;let n=this.canvases();if(e==null||n==null||this.canvasWidth<=0)return;let[s,o]=n,i=[this.mode,this.layer,e.heads.join(","),e.filter,e.threshold,e.visible.length,this.canvasWidth].join("|");if(i!==this.sceneKey||e.weights!==this.drawnWeights||s!==this.laidOut||this.geometry==null){this.sceneKey=i,this.laidOut=s,this.drawnWeights=e.weights,this.fullLines=null,this.fullResult=null;let a=Hr(o.getContext("2d"),e,this.canvasWidth);this.geometry=a,qr(s,o,a,window.devicePixelRatio||1)}this.paint()}paint(){let e=this.canvases(),n=this.scene,s=this.geometry;if(e==null||n==null||s==null)return;let[o,i]=e,a=o.getContext("2d"),l;if(n.active==null&&this.fullLines&&this.fullResult)a.clearRect(0,0,s.width,s.height),a.drawImage(this.fullLines,0,0),l=this.fullResult;else{if(n.active!=null&&this.fullLines==null&&this.fullResult!=null){let d=document.createElement("canvas");d.width=o.width,d.height=o.height,d.getContext("2d").drawImage(o,0,0),this.fullLines=d}l=Or(a,n,s),n.active==null&&(this.fullResult=l)}this.labelsDrawn=Dr(i.getContext("2d"),n,s),this.describeLines(l);let c=n.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:c,lines:l.lines}})})}describeLines(e){Object.assign(this.dataset,{source:this.data?.source??"",layer:String(this.layer),filter:this.scene?.filter??"",show:this.data?.difference?this.mode:"attention",extent:this.scene?.diverging?String(this.scene.diverging.extent):"",heads:this.scene?.heads.join(",")??"",tokens:String(this.scene?.tokens.length??0),lines:String(e.lines),hiddenLines:String(e.overBudget),active:this.scene?.active?`${this.scene.active.side}:${this.scene.active.index}`:""});let n=this.renderRoot.querySelector(".line-stats");if(n==null)return;let s=e.lines.toLocaleString("en-US"),o=this.scene?.diverging?"|Δ|":"weights";n.textContent=e.overBudget>0?`${s} strongest lines drawn (${o} ≥ ${e.cutoff.toFixed(3)}); ${e.overBudget.toLocaleString("en-US")} weaker ones hidden to stay fast.`:`${s} lines (${o} ≥ ${e.cutoff}).`}repaintActive(){this.scene!=null&&(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint())}exportSource(e){if(e.difference!=null)return null;let n=this.buildScene();if(n==null)return null;let s=this.layer,o=n.heads.length===e.numHeads?"all":n.heads.join("-");return{view:"head_view",name:this.exportName("head_view",`layer${s}`,`heads_${o}`),title:`Head view, layer ${s}: ${e.displayTokens.join(" ")}`,figure:()=>Qr(n,s),data:()=>({model:this.model,example:this.inputs[0]?.id,...Xr(e,n,s),hide_special:this.hideSpecial}),standalone:()=>xt(e,{layer:s,heads:n.heads,threshold:n.threshold,hideSpecial:this.hideSpecial,pinned:this.pinned})}}drawnLabels(){return[...this.labelsDrawn]}tokenPosition(e,n){return this.geometry?jr(this.geometry,e,n):null}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let n=e.target.getBoundingClientRect();return Br(this.scene,this.geometry,e.clientX-n.left,e.clientY-n.top)}showTooltip(e,n){let s=this.renderRoot.querySelector(".tooltip");if(s==null)return;let o=e&&n?this.tooltipText(n):"";s.hidden=!o,!(!o||!e)&&(s.textContent=o,s.style.left=`${e.clientX+14}px`,s.style.top=`${e.clientY+10}px`)}tooltipText(e){let n=this.scene,s=this.data;if(n==null||s==null)return"";let o=m=>C(s,m),i=this.pinned??this.hovered,a=n.tokens.length;if(i==null||i.side===e.side){let m=e.side==="left"?"attends from":"is attended by";return`${o(e.index)}
layer ${this.layer}: ${m} the lines shown`+(this.pinned?"":`
click to pin`)}let[l,c]=i.side==="left"?[i.index,e.index]:[e.index,i.index],d=s.difference,u=n.heads.map(m=>{let h=m*a*a+l*a+c,g=n.weights[h];return d?ds(m,g,d.a.get(this.layer)[h],d.b.get(this.layer)[h]):`  head ${String(m).padStart(2)}: ${g.toFixed(4)}`});return`${o(l)} → ${o(c)}, layer ${this.layer}
${u.join(`
`)}`}};I("head-view-module",En);function Mn(r,t,e={left:28,right:8,top:8,bottom:18}){return{width:r,height:t,left:e.left,right:r-e.right,top:e.top,bottom:t-e.bottom}}function Le(r,t,e){return r.left+(t+.5)*(r.right-r.left)/e}function U(r,t){let e=Math.min(1,Math.max(0,t));return r.bottom-e*(r.bottom-r.top)}function $s(r,t,e=.7){return e*(r.right-r.left)/t}function ws(r,t){if(r.length!==t.length)throw new Error(`${r.length} layer predictions for ${t.length} labels.`);if(r.length===0)throw new Error("No examples to score.");let e=r[0].layers,n=e.map(()=>0),s=new Map,o=0;return r.forEach((i,a)=>{if(i.layers.length!==e.length)throw new Error(`Example ${a} has ${i.layers.length} layers, not ${e.length}.`);let l=t[a]?i.labels.indexOf(t[a]):-1;l<0||(o++,s.set(l,(s.get(l)??0)+1),i.probas.forEach((c,d)=>{ce(c)===l&&n[d]++}))}),{layers:e,correct:n,scored:o,skipped:r.length-o,accuracy:n.map(i=>o?i/o:NaN),majority:o?Math.max(...s.values())/o:NaN}}var ks=`.panel {
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
`;var ri=8,It="dataset";function Tn(r){return r==="embeddings"?"emb":r}function Ss(r){return[0,.5,1].map(t=>G`
    <line class="grid" x1=${r.left} x2=${r.right} y1=${U(r,t)} y2=${U(r,t)}></line>
    <text class="tick" x=${r.left-4} y=${U(r,t)+3} text-anchor="end">${t}</text>`)}function As(r,t){return t.map((e,n)=>G`
    <text class="tick" x=${Le(r,n,t.length)} y=${r.bottom+12}
        text-anchor="middle">${Tn(e)}</text>`)}function Es(r){return[r.left,r.right,r.top,r.bottom].join(",")}var _n=class extends M{constructor(){super();this.run=new D(()=>this.requestUpdate());this.emptyMessage="Select examples to see their prediction layer by layer.";this.accuracy=null}static{this.title="Layer Predictions"}static{this.infoMarkdown="When does the label appear? The model's own classification head applied to each layer's hidden state at the pooling position ([CLS], <s>), from the embeddings up; the last layer's row is the model's prediction. Per selected example: the probability of each class by layer. Over the dataset: the accuracy of each layer's predicted class against the gold labels."}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return R(e,_e)}static{this.styles=_(ks)}static{this.properties={accuracy:{state:!0}}}get inputs(){return this.selectionService.selectedInputData}connectedCallback(){super.connectedCallback(),this.react(()=>[this.model,this.appState.currentDataset],()=>this.stopScoring())}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}async load(e){let n=e.slice(0,ri);return(await oe(this.apiService,n,this.model,this.appState.currentDataset,_e,{},{message:"Predicting layer by layer"})).map((o,i)=>({input:n[i],layers:nn(o)}))}goldField(){let e=this.appState.currentModelInfos[this.model]?.spec?.output??{};return Object.values(e).find(s=>s?.name==="MulticlassPreds")?.parent??null}async scoreDataset(){let e=this.appState.currentInputData,n=this.goldField();this.accuracy=null;let s=this.run.track(i=>oe(this.apiService,e,this.model,this.appState.currentDataset,_e,{},{...i,message:"Predicting layer by layer over the dataset"})),o=await this.request(It,s.then(i=>ws(i.map(nn),e.map(a=>n==null?null:a.data[n]))));o!=null&&(this.accuracy=o)}stopScoring(){this.run.stop(),this.accuracy=null,this.cancel(It)}renderControls(){let e=this.appState.currentInputData.length,n=this.run.running,[s,o]=this.run.progress??[0,e];return p`
      <div class="toolbar">
        <button class="hairline-button score-dataset" ?disabled=${n||e===0}
            @click=${()=>this.scoreDataset()}>
          Accuracy by layer over the dataset (${e} examples)</button>
        ${n?p`
          <progress class="dataset-progress" max=${o} value=${s}></progress>
          <span class="hint">${s} / ${o}</span>
          <button class="hairline-button stop" @click=${()=>this.stopScoring()}>Stop</button>`:f}
      </div>
      ${this.renderAccuracy()}`}renderAccuracy(){let e=this.renderStatus(It),n=this.accuracy;if(n==null)return e===f?f:p`<div class="panel">${e}</div>`;let s=Mn(Math.max(240,36*n.layers.length),120),o=n.layers.length,i=$s(s,o),a=n.skipped?`; ${n.skipped} without a gold label the model predicts were left out`:"";return p`
      <div class="panel accuracy">
        <div class="hint">Accuracy of each layer's predicted class over ${n.scored}
          examples${a}. Dashed: the most frequent label's share (chance level).</div>
        <svg class="accuracy-chart" width=${s.width} height=${s.height}
            data-area=${Es(s)}>
          ${Ss(s)}
          ${n.accuracy.map((l,c)=>G`
            <rect class="bar" x=${Le(s,c,o)-i/2} y=${U(s,l)}
                width=${i} height=${s.bottom-U(s,l)}
                data-layer=${n.layers[c]}>
              <title>${Tn(n.layers[c])}: ${n.correct[c]} / ${n.scored} = ${l.toFixed(3)}</title>
            </rect>
            <text class="value" x=${Le(s,c,o)} y=${U(s,l)-3}
                text-anchor="middle">${l.toFixed(2)}</text>`)}
          <line class="majority" x1=${s.left} x2=${s.right} y1=${U(s,n.majority)}
              y2=${U(s,n.majority)}>
            <title>Always predicting the most frequent label: ${n.majority.toFixed(3)}</title>
          </line>
          ${As(s,n.layers)}
        </svg>
      </div>`}renderData(e){let n=this.inputs.length-e.length,s=e[0]?.layers.labels??[];return p`
      <div class="legend">
        ${s.map((o,i)=>p`
          <span class="legend-item"><span class="swatch"
              style="background: ${A(i)}"></span>${o}</span>`)}
      </div>
      <div class="charts">
        ${e.map(o=>this.renderExample(o))}
      </div>
      ${n>0?p`<div class="hint">${n} more selected examples are not shown.</div>`:f}`}renderExample({input:e,layers:n}){let s=Mn(Math.max(200,26*n.layers.length),110),o=n.layers.length,i=Object.values(e.data).find(l=>typeof l=="string"),a=n.labels[ce(n.probas[o-1])];return p`
      <figure class="example" data-id=${e.id}>
        <figcaption title=${i??e.id}>${i??e.id}</figcaption>
        <svg class="layer-chart" width=${s.width} height=${s.height}
            data-area=${Es(s)}>
          ${Ss(s)}
          ${n.labels.map((l,c)=>{let d=n.probas.map((u,m)=>[Le(s,m,o),U(s,u[c])]);return G`
              <polyline class="line" stroke=${A(c)}
                  points=${d.map(u=>u.join(",")).join(" ")}></polyline>
              ${d.map(([u,m],h)=>G`
                <circle class="point" cx=${u} cy=${m} r="3" fill=${A(c)}
                    data-class=${l} data-layer=${n.layers[h]}>
                  <title>${l} at ${Tn(n.layers[h])}: ${n.probas[h][c].toFixed(3)}</title>
                </circle>`)}`})}
          ${As(s,n.layers)}
        </svg>
        <div class="hint">Prediction: ${a}</div>
      </figure>`}exportSource(e){let n=e.map(({input:o,layers:i})=>({id:o.id,layers:i,text:Object.values(o.data).find(a=>typeof a=="string")??o.id})),s=this.accuracy;return{view:"layer_predictions",name:this.exportName("layer_predictions"),title:"Layer predictions",figure:()=>ss(n,s),data:()=>({model:this.model,examples:n.map(({id:o,text:i,layers:a})=>({id:o,text:i,...a})),accuracy:s}),standalone:()=>null}}updated(e){super.updated(e),this.dataset.accuracy=this.stateOf(It,this.accuracy!=null),this.dataset.charts=String(this.data?.length??0)}};I("layer-predictions-module",_n);function Ms(r){if(r.length===0)throw new Error("No head importance to average.");let[t]=r;for(let s of r)if(s.numLayers!==t.numLayers||s.numHeads!==t.numHeads||s.method!==t.method)throw new Error(`Head importance of different shapes or methods: ${t.numLayers}×${t.numHeads} ${t.method} and ${s.numLayers}×${s.numHeads} ${s.method}.`);let e=t.importance.map((s,o)=>s.map((i,a)=>ht(r.map(l=>l.importance[o][a])))),n=Math.max(0,...e.flat().map(Math.abs));return{method:t.method,numLayers:t.numLayers,numHeads:t.numHeads,values:e,examples:r.length,extent:n}}function Re(r,t){return`${r}:${t}`}function Fe(r){return[...r].map(t=>t.split(":").map(Number)).sort((t,e)=>t[0]-e[0]||t[1]-e[1]).map(([t,e])=>Re(t,e)).join(",")}var Pt="head_statistics",$e={cls:"attention to [CLS]",sep:"attention to [SEP]",punctuation:"attention to punctuation",previous:"attention to the previous token",next:"attention to the next token",self:"attention to itself",entropy:"attention entropy"},In=Object.keys($e),si="entropy";function He(r){throw new Error(`Malformed head_statistics answer: ${r}.`)}function Ct(r,t){return(typeof r!="number"||!Number.isFinite(r))&&He(`${t} is not a number`),r}function Ts(r){let t=r,e=t?.aggregate;(e==null||typeof e!="object")&&He("no aggregate");let n=t.statistics;(!Array.isArray(n)||!n.every(a=>typeof a=="string"))&&He("no list of statistics");let s=e.weighting;s!=="token"&&s!=="example"&&He(`weighting ${String(s)}`);let o=e.values,i={};for(let a of n){let l=o?.[a];(!Array.isArray(l)||!l.every(c=>Array.isArray(c)))&&He(`values of '${a}' are not [layer][head]`),i[a]=l.map((c,d)=>c.map((u,m)=>Ct(u,`${a}[${d}][${m}]`)))}return{weighting:s,statistics:n,units:t.units??{},numExamples:Ct(t.num_examples,"num_examples"),numQueries:Ct(e.num_queries,"num_queries"),uniformEntropy:Ct(e.uniform_entropy,"uniform_entropy"),values:i}}function _s(r){if(r.length===0)throw new Error("No head statistics to merge.");let[t]=r,e=a=>a.statistics.map(l=>`${l}:${a.values[l].map(c=>c.length).join(",")}`).join(" ");for(let a of r)if(a.weighting!==t.weighting||e(a)!==e(t))throw new Error(`Head statistics of different weightings or shapes: ${t.weighting} ${e(t)} and ${a.weighting} ${e(a)}.`);let n=r.map(a=>t.weighting==="token"?a.numQueries:a.numExamples),s=n.reduce((a,l)=>a+l,0),o=a=>r.reduce((l,c,d)=>l+n[d]*a(c),0)/s,i={};for(let a of t.statistics)i[a]=t.values[a].map((l,c)=>l.map((d,u)=>o(m=>m.values[a][c][u])));return{...t,values:i,numExamples:r.reduce((a,l)=>a+l.numExamples,0),numQueries:r.reduce((a,l)=>a+l.numQueries,0),uniformEntropy:o(a=>a.uniformEntropy)}}function Cn(r,t){return t===si?r.uniformEntropy:1}var Ne=[[160,160,160],[33,145,140],[68,1,84]];function Pn(r,t){let n=(t>0?Math.min(1,Math.max(0,r/t)):0)*(Ne.length-1),s=Math.min(Ne.length-2,Math.floor(n)),o=n-s;return[0,1,2].map(i=>Math.round(Ne[s][i]+(Ne[s+1][i]-Ne[s][i])*o))}var Is=`.grid {
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

.statistic-legend .scope {
  display: inline-flex;
  gap: 4px;
}

.statistic-legend .scope .on {
  background: var(--lit-cyea-100, #d5e8ee);
  border-color: var(--lit-cyea-500, #348199);
}

.statistic-scale {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  font-size: 12px;
}

.statistic-scale .ramp {
  display: inline-block;
  width: 120px;
  height: 10px;
  border: 1px solid var(--lit-neutral-300, #dadce0);
}
`;function ii(r){let t=Math.abs(r).toFixed(3);return Number(t)===0?t:`${r>0?"+":"−"}${t}`}function Cs(r,t){return p`
    <td class="num" data-col=${r} data-value=${t} title=${t.toPrecision(6)}>
      <span class="bar" style="width: ${Math.round(48*t)}px"></span>${t.toFixed(3)}</td>`}function Ps(r){let t=ce(r.probas),e=ce(r.probasAblated),n=r.heads.length===0?"No head is switched off.":t===e?`The prediction stays ${r.labels[t]}.`:`The prediction changes: ${r.labels[t]} → ${r.labels[e]}.`;return p`
    <table class="prediction-change">
      <thead>
        <tr><th>Class</th><th class="num">Full model</th><th class="num">Heads off</th>
          <th class="num">Δ</th></tr>
      </thead>
      <tbody>
        ${r.labels.map((s,o)=>p`
          <tr data-class=${s} class=${o===e?"predicted":""}>
            <td>${s}</td>
            ${Cs("before",r.probas[o])}
            ${Cs("after",r.probasAblated[o])}
            <td class="num delta" data-col="delta">${ii(r.probasAblated[o]-r.probas[o])}</td>
          </tr>`)}
      </tbody>
    </table>
    <div class="verdict ${t===e?"":"changed"}">${n}</div>`}var Lt=class{constructor(t,e){this.context=t;this.onChange=e;this.statistic=null;this.scope="selection";this.aggregate=null;this.aggregateKey="";this.runKey="";this.error=null;this.seq=0;this.run=new D(e)}get paintKey(){return this.statistic&&this.aggregate?`${this.statistic}\0${this.aggregateKey}`:""}get state(){return this.statistic==null?"off":this.run.running?"loading":this.error?"error":this.aggregate?"ready":"empty"}setStatistic(t){this.statistic=t,this.refresh()}setScope(t){this.scope=t,this.refresh()}async refresh(){if(this.statistic==null){this.seq++,this.run.stop();return}let{api:t,model:e,dataset:n,selected:s,all:o}=this.context(),i=this.scope==="dataset"?o:s,a=[e,n,...i.map(c=>c.id)].join("\0");if(a===this.runKey&&this.run.running)return;let l=++this.seq;if(a===this.aggregateKey&&this.aggregate){this.run.stop(),this.onChange();return}if(this.aggregate=null,this.aggregateKey="",this.error=null,i.length===0){this.run.stop(),this.onChange();return}this.runKey=a;try{let c=await this.run.track(d=>tt(t,i,e,n,Pt,{weighting:"token"},{...d,message:"Computing head statistics"}));if(l!==this.seq)return;this.aggregate=_s(c.map(Ts)),this.aggregateKey=a}catch(c){if(l!==this.seq||c?.name==="AbortError")return;this.error=et(c)}this.onChange()}stop(){this.run.stop()}color(t,e){let n=this.valueOf(t,e);return n==null?null:Pn(n,Cn(this.aggregate,this.statistic))}describe(t,e){let n=this.valueOf(t,e);if(n==null)return"";let s=this.aggregate.units[this.statistic]??"";return`, ${$e[this.statistic]??this.statistic} ${n.toFixed(4)} ${s}`}valueOf(t,e){if(this.statistic==null||this.aggregate==null)return null;let n=this.aggregate.values[this.statistic];if(n==null)throw new Error(`The server's head statistics have no '${this.statistic}'.`);return n[t]?.[e]??null}renderLegend(){if(this.statistic==null)return f;let{selected:t,all:e}=this.context(),n=this.run.progress,s=this.aggregate,o=$e[this.statistic]??this.statistic,i=f;if(s!=null){let a=Cn(s,this.statistic),l=[0,.25,.5,.75,1].map(u=>K(Pn(u*a,a))),c=s.units[this.statistic]??"",d=this.statistic==="entropy"?" (uniform attention)":"";i=p`
        <span class="hint statistic-summary">${o}, mean over ${s.numQueries} tokens
          of ${s.numExamples} example${s.numExamples===1?"":"s"}:</span>
        <span class="statistic-scale">0
          <span class="ramp" style="background: linear-gradient(to right, ${l.join(", ")})">
          </span>${a.toFixed(a===1?0:2)}${d} ${c}</span>`}return p`
      <div class="panel statistic-legend">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button statistic-selection ${this.scope==="selection"?"on":""}"
              @click=${()=>this.setScope("selection")}>Selected (${t.length})</button>
          <button class="hairline-button statistic-dataset ${this.scope==="dataset"?"on":""}"
              @click=${()=>this.setScope("dataset")}>All ${e.length} examples</button>
        </span>
        ${n?p`
          <progress max=${n[1]} value=${n[0]}></progress>
          <span class="hint">${n[0]} / ${n[1]}</span>
          <button class="hairline-button stop" @click=${()=>this.setScope("selection")}
              ?hidden=${this.scope!=="dataset"}>Stop</button>`:f}
        ${this.error?p`<div class="status error" role="alert">${this.error}</div>`:f}
        ${t.length===0&&this.scope==="selection"?p`<span class="hint">Select examples, or use all of them.</span>`:i}
      </div>`}};function Ls(r,t,e,n,[s,o,i]){let a=Math.min(n,r.width),l=new Float32Array(a*a),c=e*n*n;for(let u=0;u<n;u++){let m=Math.floor(u*a/n)*a;for(let h=0;h<n;h++){let g=m+Math.floor(h*a/n),v=t[c+u*n+h];v>l[g]&&(l[g]=v)}}let d=new ImageData(a,a);for(let u=0;u<a*a;u++){let m=Math.sqrt(Math.min(1,l[u]));d.data[4*u]=Math.round(255+(s-255)*m),d.data[4*u+1]=Math.round(255+(o-255)*m),d.data[4*u+2]=Math.round(255+(i-255)*m),d.data[4*u+3]=255}Rs(r,d)}function Rs(r,t){let e=t.width,n=document.createElement("canvas");n.width=e,n.height=e,n.getContext("2d").putImageData(t,0,0);let s=r.getContext("2d");s.imageSmoothingEnabled=!1,s.clearRect(0,0,r.width,r.height),s.drawImage(n,0,0,r.width,r.height)}function ai(r,t,e,n){n=Math.min(e,n);let s=new Float32Array(n*n),o=t*e*e;for(let i=0;i<e;i++){let a=Math.floor(i*n/e)*n;for(let l=0;l<e;l++){let c=a+Math.floor(l*n/e),d=r[o+i*e+l];Math.abs(d)>Math.abs(s[c])&&(s[c]=d)}}return s}function li(r,t){let e=t>0?Math.sqrt(Math.min(1,Math.abs(r)/t)):0;return H(r>=0?e:-e,1)}function Fs(r,t,e,n,s){let o=ai(t,e,n,r.width),i=Math.round(Math.sqrt(o.length)),a=new ImageData(i,i);o.forEach((l,c)=>{a.data.set([...li(l,s),255],4*c)}),Rs(r,a)}var Ns=[48,72,104],he="importance",Oe="ablation",Hs=8,Ln=class extends M{constructor(){super();this.ranking=[];this.extent=1;this.colouring=new Lt(()=>({api:this.apiService,model:this.model,dataset:this.appState.currentDataset,selected:this.selectionService.selectedInputData,all:this.appState.currentInputData}),()=>{this.statisticColours=this.colouring.paintKey,this.requestUpdate()});this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.emptyMessage="Select an example to see its attention.";this.size=Ns[1],this.selected=null,this.clickAction="open",this.switchedOff=new Set,this.ablation=null,this.colorByImportance=!1,this.importanceMethod="ablation",this.importance=null,this.show="attention",this.otherModel=null,this.statisticColours=""}static{this.title="Attention: Model View"}static{this.infoMarkdown=`Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view. With "Click a head to: switch it off", clicks switch heads off (their context vectors zeroed) and the example's prediction is shown with and without them. "Colour by importance" colours each head by how much the prediction depends on it, averaged over the selected examples: ablation = the drop in the predicted class's probability when the head alone is switched off (blue: it supports the prediction, orange: it works against it); gradient = |∂L/∂ξ| for a gate ξ on the head (Michel et al. 2019). "Colour by" a head statistic (Clark et al. 2019) colours each head by where its attention goes on average over the selected examples or the whole dataset: fractions of attention on a 0–1 scale, entropy from 0 to that of uniform attention.`}static{this.numCols=6}static shouldDisplayModule(e){return At(e)}static{this.styles=_(Is)}static{this.properties={size:{state:!0},selected:{state:!0},clickAction:{state:!0},switchedOff:{state:!0},ablation:{state:!0},colorByImportance:{state:!0},importanceMethod:{state:!0},importance:{state:!0},show:{state:!0},otherModel:{state:!0},statisticColours:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectionService.selectedInputData,this.model],()=>{this.loadImportance(),this.colouring.refresh()})}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame),this.colouring.stop()}get mode(){return Et(this.appState,this.model,this.show,!1)}get subtrahend(){return Mt(this.appState,this.model,this.otherModel)}get inputs(){return this.mode,super.inputs}async load([e]){if(this.mode==="models")return _t(this.apiService,this.appState.currentDataset,this.appState.currentModelInfos,this.model,this.subtrahend,e,null);let n=Q(this.appState.currentModelInfos[this.model]);if(n==null)throw new Error(`Model '${this.model}' returns no attention.`);return X(this.apiService,this.appState.currentDataset,this.model,n,e,null)}inputsChanged(){this.loadAblation()}accept(e){let n=e.tokens.length;this.ranking=e.difference?wt([...e.layers].flatMap(([s,o])=>$t(s,o,e.numHeads,n))):[],this.extent=this.ranking[0]?.maxAbs||1,super.accept(e)}setShow(e){this.show=e,this.reload()}setOtherModel(e){this.otherModel=e,this.reload()}async loadAblation(){let e=this.selectedInput;if(e==null||this.switchedOff.size===0&&this.clickAction==="open"){this.cancel(Oe),this.ablation=null;return}let n=this.apiService.getInterpretations([e],this.model,this.appState.currentDataset,dt,{heads:Fe(this.switchedOff)},"Predicting with heads switched off",!0),s=await this.request(Oe,n.then(([o])=>Ir(o)));s!=null&&(this.ablation=s)}async loadImportance(){let e=this.selectionService.selectedInputData;if(!this.colorByImportance||e.length===0){this.cancel(he),this.importance=null;return}let n=oe(this.apiService,e,this.model,this.appState.currentDataset,ct,{method:this.importanceMethod},{message:"Measuring head importance"}),s=await this.request(he,n.then(o=>Ms(o.map(_r))));s!=null&&(this.importance=s)}onThumbnail(e,n){if(this.clickAction==="open"){this.selected=[e,n],F.focusHead({model:this.model,layer:e,head:n});return}let s=Re(e,n),o=new Set(this.switchedOff);o.delete(s)||o.add(s),this.switchedOff=o,this.loadAblation()}switchAllOn(){this.switchedOff=new Set,this.loadAblation()}renderControls(){let e=a=>a.target.value,n=a=>{this.clickAction=e(a),this.loadAblation()},s=a=>{let l=e(a);this.colorByImportance=l===he,this.loadImportance(),this.colouring.setStatistic(In.includes(l)?l:null)},o=a=>{this.importanceMethod=e(a),this.loadImportance()},i=xe(this.appState,this.model);return p`
      <div class="toolbar">
        ${Tt(Ce(this.appState,this.model,!1),this.mode,this.model,i,this.subtrahend,a=>this.setShow(a),a=>this.setOtherModel(a))}
        <label>Size
          <select class="dropdown size-select" @change=${a=>{this.size=Number(e(a))}}>
            ${Ns.map(a=>p`<option value=${a} ?selected=${a===this.size}>${a}px</option>`)}
          </select>
        </label>
        ${this.hasInterpreter(dt)?p`
          <label title=${"A switched-off head has its context vector zeroed before the attention output projection."}>Click a head to
            <select class="dropdown click-action" @change=${n}>
              <option value="open" ?selected=${this.clickAction==="open"}>open it in the head view</option>
              <option value="switch-off" ?selected=${this.clickAction==="switch-off"}>switch it off</option>
            </select>
          </label>`:p`<span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>`}
        ${this.mode==="attention"?this.renderColorBy(s):f}
        ${this.colorByImportance&&this.mode==="attention"?p`
          <select class="dropdown importance-method" @change=${o}
              title="How head importance is measured">
            ${Tr.map(a=>p`
              <option value=${a} ?selected=${a===this.importanceMethod}>${a}</option>`)}
          </select>`:f}
      </div>
      ${this.renderImportanceLegend()}
      ${this.mode==="attention"?this.colouring.renderLegend():f}
      ${this.renderAblation()}`}renderColorBy(e){let n=this.hasInterpreter(ct),s=this.hasInterpreter(Pt);if(!n&&!s)return f;let o=this.colorByImportance?he:this.colouring.statistic??"",i=(a,l)=>p`<option value=${a} ?selected=${a===o}>${l}</option>`;return p`
      <label>Colour by
        <select class="dropdown color-by" @change=${e}>
          ${i("","head")}
          ${n?i(he,"importance"):f}
          ${s?In.map(a=>i(a,$e[a])):f}
        </select>
      </label>`}renderImportanceLegend(){if(!this.colorByImportance||this.mode!=="attention")return f;let e=this.importance,n=this.renderStatus(he,null,"Measuring head importance…");if(e==null)return p`<div class="panel">${n}</div>`;let s=e.extent,o=a=>p`<span class="swatch"
        style="background: ${K(ln(a,s))}"></span>`,i=`${e.examples} selected example${e.examples===1?"":"s"}`;return p`
      <div class="panel importance-legend">
        ${n}
        <span class="hint">Head importance (${e.method}), mean over ${i}:</span>
        ${e.method==="ablation"?p`${o(-s)}−${s.toFixed(3)}`:f}
        ${o(0)}0 ${o(s)}${s.toFixed(3)}
      </div>`}renderAblation(){if(this.clickAction==="open"&&this.switchedOff.size===0)return f;let e=Fe(this.switchedOff).split(",").filter(Boolean);return p`
      <div class="panel ablation">
        <div class="ablation-heads">
          <span class="hint">${e.length?`Switched off (layer:head): ${e.join(", ")}`:"Click heads to switch them off."}</span>
          ${e.length?p`<button class="hairline-button switch-all-on"
              @click=${()=>this.switchAllOn()}>Switch all on</button>`:f}
        </div>
        ${this.renderStatus(Oe,null,"Predicting…")}
        ${this.ablation&&!this.errorOf(Oe)?Ps(this.ablation):f}
      </div>`}renderDifferencePanel(e){let n=e.difference;if(n==null)return f;let s=o=>this.onThumbnail(o.layer,o.head);return p`
      <div class="panel difference-panel">
        <div>${kt(n)}
          <span class="swatch positive"></span>A attends more
          <span class="swatch negative"></span>B attends more;
          full colour = |Δ| ${this.extent.toFixed(3)}, the largest change of any head.</div>
        <div class="ranking">
          <span class="hint">Most changed (max |Δ|, mean |Δ|):</span>
          ${this.ranking.slice(0,Hs).map((o,i)=>p`
            <button class="hairline-button ranked-head" data-layer=${o.layer}
                data-head=${o.head} data-rank=${i+1} @click=${()=>s(o)}>
              ${i+1}. L${o.layer} H${o.head} ${o.maxAbs.toFixed(3)}, ${o.meanAbs.toFixed(4)}
            </button>`)}
        </div>
      </div>`}rankOf(e,n){return this.ranking.slice(0,Hs).findIndex(s=>s.layer===e&&s.head===n)+1}thumbnailTitle(e,n){let s=this.data?.difference?this.ranking.find(l=>l.layer===e&&l.head===n):void 0;if(s)return`Layer ${e}, head ${n}: max |Δ| ${s.maxAbs.toFixed(4)}, mean |Δ| ${s.meanAbs.toFixed(4)}`;let o=this.colorByImportance?this.importance?.values[e]?.[n]:void 0,i=o==null?this.colouring.describe(e,n):`, importance ${o.toFixed(4)}`,a=this.clickAction==="open"?"click to open in the head view":this.switchedOff.has(Re(e,n))?"switched off: click to switch it on":"click to switch it off";return`Layer ${e}, head ${n}${i}: ${a}`}renderData(e){let n=[...e.layers.keys()].sort((i,a)=>i-a),s=Array.from({length:e.numHeads},(i,a)=>a),o=e.difference!=null;return p`
      ${this.renderDifferencePanel(e)}
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${s.map(i=>p`<div class="col-label">H${i}</div>`)}
        ${n.map(i=>p`
          <div class="row-label">L${i}</div>
          ${s.map(a=>{let l=this.selected?.[0]===i&&this.selected?.[1]===a,c=this.switchedOff.has(Re(i,a)),d=o?this.rankOf(i,a):0;return p`
              <div class="thumb-cell ${c?"off":""}">
                ${d?p`<span class="rank-badge">${d}</span>`:f}
                <canvas class="thumb ${l?"selected":""}" width=${this.size}
                    height=${this.size} data-layer=${i} data-head=${a}
                    title=${this.thumbnailTitle(i,a)}
                    @click=${()=>this.onThumbnail(i,a)}></canvas>
              </div>`})}`)}
      </div>`}exportSource(e){if(e.difference!=null)return null;let n=this.colorByImportance?this.importance:null,s=n?null:this.colouring.statistic,o=n?`Colour: head importance (${n.method}), blue supports the prediction, orange works against it, grey: little effect.`:s?`Colour: head statistic "${s}" (darker = higher).`:"One colour per head.",i=Fe(this.switchedOff);return{view:"model_view",name:this.exportName("model_view"),title:`Model view: ${e.displayTokens.join(" ")}`,figure:()=>Gr(e,{color:(a,l)=>B(this.headColor(a,l)),selected:this.selected,switchedOff:this.switchedOff,colorNote:o+(i?` Crossed out: switched off (${i}).`:"")}),data:()=>Jr(e,{model:this.model,example:this.inputs[0]?.id,selected:this.selected,switched_off:[...this.switchedOff].sort(),importance:n?{method:n.method,values:n.values,examples:n.examples}:null,ablation:this.ablation}),standalone:()=>xt(e,{layer:this.selected?.[0],heads:this.selected?[this.selected[1]]:void 0})}}headColor(e,n){let s=this.colorByImportance?this.importance:null,o=s?.values[e]?.[n];return o!=null?ln(o,s.extent):this.colouring.color(e,n)??Ie(A(n))}updated(e){super.updated(e),Object.assign(this.dataset,{selected:this.selected?this.selected.join(":"):"",source:this.data?.source??"",show:this.data?.difference?this.mode:"attention",extent:this.data?.difference?String(this.extent):"",switchedOff:Fe(this.switchedOff),ablation:this.stateOf(Oe,this.ablation!=null),importance:this.colorByImportance?this.stateOf(he,this.importance!=null):"off",statistic:this.colouring.statistic??"",statistics:this.colouring.state}),["data","size","importance","colorByImportance","statisticColours"].some(n=>e.has(n))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(n=>{for(let s of n){let o=s.target;s.isIntersecting&&!this.drawn.has(o)&&this.pending.add(o)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(n=>this.observer.observe(n)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let n=e.tokens.length,s=performance.now();for(let o of this.pending){if(this.pending.delete(o),!o.isConnected)continue;let i=Number(o.dataset.layer),a=Number(o.dataset.head),l=e.layers.get(i);if(l!=null&&(e.difference?Fs(o,l,a,n,this.extent):Ls(o,l,a,n,this.headColor(i,a)),this.drawn.add(o),performance.now()-s>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};I("model-view-module",Ln);var Os=new Map;async function Rt(r,t,e,n,s){let o=Os.get(e);if(o)return o;let i=Q(n);if(i==null)throw new Error(`Model '${e}' has no 'attention' interpreter or AttentionHeads outputs, so its layers and heads are unknown.`);let a=await X(r,t,e,i,s,[0]),c={layers:a.allLayers??[...a.layers.keys()].sort((d,u)=>d-u),numHeads:a.numHeads};return Os.set(e,c),c}var Ds=`.query-chips {
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
`;var qs=.001;function di(r){let t=r.toFixed(3);return Number(t)===0?0 .toFixed(3):t}function Fn(r){return Math.max(3,Math.min(12,Math.floor(256/r)))}function we(r){let t=0;for(let e=0;e<r.length;e++)t=Math.max(t,Math.abs(r[e]));return t}function Rn(r,t,e){let n=r.getContext("2d"),s=Fn(t.length);for(let o=0;o<t.length;o++)n.fillStyle=K(H(t[o],e)),n.fillRect(o*s,0,s,r.height)}var Nn=class extends M{constructor(){super();this.rows=null;this.onFocus=e=>{let n=e.detail;n.model===this.model&&(this.layer=n.layer,this.head=n.head,this.reload())};this.emptyMessage="Select an example to see its query and key vectors.";this.onMouseMove=e=>{let n=e.composedPath()[0],s=this.data,o=this.rows;if(!(n instanceof HTMLCanvasElement)||!n.classList.contains("vec")||s==null||o==null){this.hideTooltip();return}let i=s.headDim,a=Math.min(i-1,Math.max(0,Math.floor(e.offsetX/Fn(i)))),l=n.dataset.kind,c=Number(n.dataset.row),d=o.query[a],u=`query ${C(s,this.queryIndex)}, dim ${a}
q = ${d.toFixed(4)}`;if(l!=="query"){let h=s.key[c*i+a];u=`key ${C(s,c)}, dim ${a}
q = ${d.toFixed(4)}
k = ${h.toFixed(4)}
q∘k = ${(d*h).toFixed(4)}`}let m=this.renderRoot.querySelector(".tooltip");m.textContent=u,m.hidden=!1,m.style.left=`${e.clientX+14}px`,m.style.top=`${e.clientY+10}px`};this.hideTooltip=()=>{let e=this.renderRoot.querySelector(".tooltip");e&&(e.hidden=!0)};this.shape=null,this.layer=0,this.head=0,this.queryIndex=-1}static{this.title="Neurons: Query × Key"}static{this.infoMarkdown="For one layer, head and query token: every key vector, q∘k, the scaled score q·k/√d (or the model's own scale, e.g. q·k/√(3d) for DeBERTa), one column per term the model adds before the softmax (DeBERTa's content→position and position→content, MPNet's relative position bias; hover a column header or read the notes under the check for what each is), their sum, and the softmax over the keys the query may attend to (masked keys get 0). The view checks that this softmax equals the model's attention. q and k are shown after the model's position transform (rotary for ModernBERT). Blue = positive, orange = negative."}static{this.numCols=12}static shouldDisplayModule(e){return R(e,ot)}static{this.styles=_(Ds)}static{this.properties={shape:{state:!0},layer:{state:!0},head:{state:!0},queryIndex:{state:!0}}}connectedCallback(){super.connectedCallback(),F.addEventListener(ie,this.onFocus)}disconnectedCallback(){super.disconnectedCallback(),F.removeEventListener(ie,this.onFocus)}inputsChanged(){this.queryIndex=-1}async load([e]){let n=this.apiService,s=this.appState.currentDataset,o=this.model,i=await Rt(n,s,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers.includes(this.layer)?this.layer:i.layers[0],l=this.head<i.numHeads?this.head:0,[c]=await n.getInterpretations([e],o,s,ot,{layer:a,head:l},"Fetching query/key vectors",!0);return Ar(c)}accept(e){this.data=e,this.layer=e.layer,this.head=e.head;let n=e.tokens.length;if(this.queryIndex<0||this.queryIndex>=n){let s=e.specialTokens.findIndex(o=>!o);this.queryIndex=Math.max(0,s)}}setLayerHead(e,n){this.layer=e,this.head=n,this.reload()}renderControls(){let e=this.shape,n=this.data,s=n?.displayTokens??[],o=l=>this.setLayerHead(Number(l.target.value),this.head),i=l=>this.setLayerHead(this.layer,Number(l.target.value)),a=l=>{this.queryIndex=Number(l.target.value)};return p`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${o} ?disabled=${!e}>
            ${(e?.layers??[]).map(l=>p`
              <option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        <label>Head
          <select class="dropdown head-select" @change=${i} ?disabled=${!e}>
            ${Array.from({length:e?.numHeads??0},(l,c)=>p`
              <option value=${c} ?selected=${c===this.head}>${c}</option>`)}
          </select>
        </label>
        <label>Query token
          <select class="dropdown query-select" @change=${a} ?disabled=${!s.length}>
            ${s.map((l,c)=>p`
              <option value=${c} ?selected=${c===this.queryIndex}
                  title=${C(n,c)}>${c}: ${l}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${K(H(1,1))}"></span>positive
          <span class="swatch" style="background: ${K(H(-1,1))}"></span>negative
        </span>
      </div>`}renderQueryChips(e){return p`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${e.displayTokens.map((n,s)=>p`
          <button class="chip ${s===this.queryIndex?"selected":""}" data-index=${s}
              role="option" aria-selected=${s===this.queryIndex} title=${C(e,s)}
              @click=${()=>this.queryIndex=s}>${n}</button>`)}
      </div>`}renderCheck(e,n){let s=n.allowed.filter(l=>l).length,o=s<n.allowed.length?` over the ${s} allowed keys`:"",i=`softmax(${ve(e)})${o}`;if(n.maxDiff<qs)return p`<span class="check ok">${i} equals the model's attention (max |Δ| ${n.maxDiff.toExponential(1)})</span>`;let a=Number.isFinite(n.maxDiff)?`by up to ${n.maxDiff.toFixed(4)}`:"(a value is not a number)";return p`<span class="check bad">${i} differs from the model's attention ${a}: these columns do not explain this head.</span>`}renderNotes(e,n){let s=n.allowed.length-n.allowed.filter(i=>i).length,o=[...e.positionTransform?[`q and k are shown after the ${e.positionTransform} position transform.`]:[],...e.terms.map(i=>`${i.label} (${i.name}): ${i.description}.`),...s?[`${s} key${s===1?" is":"s are"} masked for this query: the model does not let it attend to them (probability 0).`]:[]];return o.length?p`<ul class="notes hint">${o.map(i=>p`<li>${i}</li>`)}</ul>`:f}renderSigned(e,n,s){return p`
      <td class="num" data-col=${e} title=${n.toFixed(6)}>
        <span class="bar signed" style="width: ${28*Math.abs(n)/s}px; background: ${K(H(n,s))}"></span>${di(n)}</td>`}renderTable(e,n){let s=e.headDim*Fn(e.headDim),o=e.tokens.length,i=Math.max(we(n.scaled),...n.terms.map(we),we(n.sums))||1,a=e.terms.length>0,l=(c,d)=>p`
        <canvas class="vec" data-kind=${c} data-row=${d??f} width=${s}
            height="12" style="width: ${s}px"></canvas>`;return p`
      <div class="summary">
        Layer ${e.layer}, head ${e.head}, d = ${e.headDim}; query
        <b class="mono" title=${C(e,this.queryIndex)}>${e.displayTokens[this.queryIndex]}</b> (#${this.queryIndex}).
        ${this.renderCheck(e,n)}
      </div>
      ${this.renderNotes(e,n)}
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num" title="q·k times the model's scale, ${e.scaleLabel}">${hn(e.scaleLabel)}</th>
            ${e.terms.map(c=>p`
              <th class="num term" title="${c.name}: ${c.description}">${c.label}</th>`)}
            ${a?p`
              <th class="num" title="${ve(e)}: the score the softmax takes">sum</th>`:f}
            <th class="num" title="softmax over the keys this query may attend to">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td>${l("query")}</td>
            <td colspan=${3+e.terms.length+(a?1:0)}></td>
          </tr>
        </thead>
        <tbody>
          ${e.displayTokens.map((c,d)=>{let u=n.softmax[d],m=[d===this.queryIndex?"is-query":"",n.allowed[d]?"":"masked"].join(" ");return p`
              <tr class=${m} data-key=${d}>
                <td class="token-col mono" title=${C(e,d)}>${c}</td>
                <td>${l("key",d)}</td>
                <td>${l("product",d)}</td>
                ${this.renderSigned("scaled",n.scaled[d],i)}
                ${e.terms.map((h,g)=>this.renderSigned(`term:${h.name}`,n.terms[g][d],i))}
                ${a?this.renderSigned("sum",n.sums[d],i):f}
                ${n.allowed[d]?p`
                  <td class="num" data-col="softmax" title=${`softmax ${u.toFixed(6)}; model attention ${e.attention[this.queryIndex*o+d].toFixed(6)}`}>
                    <span class="bar" style="width: ${40*u}px"></span>${u.toFixed(3)}</td>`:p`<td class="num masked-cell" data-col="softmax"
                      title="masked: this query may not attend to this key (probability 0)"
                      >masked</td>`}
              </tr>`})}
        </tbody>
      </table>`}renderData(e){let n=this.queryIndex>=0&&this.queryIndex<e.tokens.length;return this.rows=n?un(e,this.queryIndex):null,this.rows==null?f:p`
      <div @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
        ${this.renderQueryChips(e)}${this.renderTable(e,this.rows)}
        <div class="tooltip" hidden></div>
      </div>`}updated(e){super.updated(e);let n=this.data,s=this.rows;if(n==null||s==null||this.errorOf()!=null)return;let o=Math.max(we(n.key),we(s.query)),i=Math.max(...s.products.map(we))||1;for(let a of this.renderRoot.querySelectorAll("canvas.vec")){let l=a.dataset.kind,c=Number(a.dataset.row),d=n.headDim;l==="query"&&Rn(a,s.query,o),l==="key"&&Rn(a,n.key.subarray(c*d,(c+1)*d),o),l==="product"&&Rn(a,s.products[c],i)}Object.assign(this.dataset,{layer:String(n.layer),head:String(n.head),query:String(this.queryIndex),queryToken:n.displayTokens[this.queryIndex],rows:String(n.tokens.length),headDim:String(n.headDim),maxDiff:s.maxDiff.toExponential(2),check:s.maxDiff<qs?"ok":"bad",formula:ve(n),masked:String(s.allowed.filter(a=>!a).length)})}exportSource(e){let n=this.queryIndex;if(n<0||n>=e.tokens.length)return null;let s=()=>un(e,n);return{view:"neuron_view",name:this.exportName("neuron_view",`layer${e.layer}`,`head${e.head}`,`query${n}`),title:`Neuron view, layer ${e.layer}, head ${e.head}: ${e.displayTokens.join(" ")}`,figure:()=>Zr(e,n,s()),data:()=>({model:this.model,example:this.inputs[0]?.id,...es(e,n,s())}),standalone:()=>Yr(e,n)}}};I("neuron-view-module",Nn);var Bs=`.factor-picker {
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
`;var hi=Array.from({length:16},(r,t)=>t+1);function pi(r){let t=r.tokens.length;return Array.from({length:r.k},(e,n)=>{let s=0;for(let o=0;o<t;o++)s=Math.max(s,r.factors[n*t+o]);return s})}var Hn=class extends M{constructor(){super();this.emptyMessage="Select an example to factorise its neurons.";this.shape=null,this.k=8,this.fromLayer=0,this.toLayer=-1,this.excludeSpecial=!0,this.factor=null}static{this.title="NMF: Neuron Factors"}static{this.infoMarkdown="Non-negative matrix factorisation of the FFN neuron activations (Ecco's method): k factors of neurons that fire together, how strongly each token activates them, and which neurons and layers make up each factor."}static{this.numCols=12}static shouldDisplayModule(e){return R(e,it)}static{this.styles=_(Bs)}static{this.properties={shape:{state:!0},k:{state:!0},fromLayer:{state:!0},toLayer:{state:!0},excludeSpecial:{state:!0},factor:{state:!0}}}async load([e]){let n=this.apiService,s=this.appState.currentDataset,o=this.model,i=await Rt(n,s,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers[i.layers.length-1],l=this.toLayer<0||this.toLayer>a?a:this.toLayer,c=Math.min(this.fromLayer,l),d={n_components:this.k,from_layer:c,to_layer:l+1,exclude_special_tokens:this.excludeSpecial},[u]=await n.getInterpretations([e],o,s,it,d,"Factorising neuron activations",!0);return Er(u)}accept(e){this.fromLayer=e.layers[0],this.toLayer=e.layers[e.layers.length-1],this.data=e,this.factor!=null&&this.factor>=e.k&&(this.factor=null)}renderControls(){let e=this.shape?.layers??[],n=e.length?e[e.length-1]:-1,s=this.toLayer<0||this.toLayer>n?n:this.toLayer,o=a=>Number(a.target.value),i=a=>{a(),this.reload()};return p`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${a=>i(()=>this.k=o(a))}>
            ${hi.map(a=>p`<option value=${a} ?selected=${a===this.k}>${a}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.fromLayer=o(a),this.toLayer=Math.max(s,this.fromLayer)})}>
            ${e.map(a=>p`<option value=${a} ?selected=${a===this.fromLayer}>${a}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.toLayer=o(a),this.fromLayer=Math.min(this.fromLayer,this.toLayer)})}>
            ${e.map(a=>p`<option value=${a} ?selected=${a===s}>${a}</option>`)}
          </select>
        </label>
        <label title=${at}><input type="checkbox" class="special-toggle"
            .checked=${this.excludeSpecial}
            @change=${a=>i(()=>{this.excludeSpecial=a.target.checked})}>Leave out special tokens</label>
        ${this.data?p`<span class="hint">Reconstruction error ${(this.data.reconstructionError*100).toFixed(1)}%</span>`:f}
      </div>`}renderFactorPicker(e){let n=s=>()=>{this.factor=this.factor===s?null:s};return p`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor==null?"on":""}" @click=${n(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length:e.k},(s,o)=>p`
          <button class="factor-chip ${this.factor===o?"on":""}" data-factor=${o}
              style="--factor-color: ${A(o)}" @click=${n(o)}
              title="Tint tokens by factor ${o} alone">F${o}</button>`)}
      </div>`}renderSentence(e,n){let s=e.tokens.length;return p`
      <div class="sentence">
        ${e.displayTokens.map((o,i)=>{if(!e.tokenMask[i])return p`<span class="token excluded" title="${C(e,i)}: not factorised">${o}</span>`;let a=this.factor;if(a==null){a=0;for(let d=1;d<e.k;d++)e.factors[d*s+i]>e.factors[a*s+i]&&(a=d)}let l=e.factors[a*s+i],c=n[a]>0?Math.max(.08,l/n[a]):0;return p`<span class="token" data-factor=${a}
              style="background: ${be(A(a),c*.85)}"
              title="${C(e,i)}: factor ${a} ${l.toFixed(4)}">${o}</span>`})}
      </div>`}renderHeatmap(e,n){let s=e.tokens.length,o=Array.from({length:e.k},(i,a)=>a);return p`
      <div class="heatmap" style="--tokens: ${s}">
        <div></div>
        ${e.displayTokens.map((i,a)=>p`
          <div class="col-label ${e.tokenMask[a]?"":"excluded"}"
              title=${C(e,a)}>${i}</div>`)}
        ${o.map(i=>p`
          <div class="row-label ${this.factor===i?"on":""}"
              @click=${()=>this.factor=this.factor===i?null:i}>F${i}</div>
          ${e.tokens.map((a,l)=>{let c=e.factors[i*s+l],d=n[i]>0?c/n[i]:0;return p`<div class="cell" title="factor ${i}, ${C(e,l)}: ${c.toFixed(4)}"
                style="background: ${be(A(i),d)}"></div>`})}`)}
      </div>`}renderFactorCards(e){return p`
      <div class="cards">
        ${e.topNeurons.map((n,s)=>{let o=e.layerShare[s],i=Math.max(...o,1e-9);return p`
            <div class="card ${this.factor===s?"on":""}" data-factor=${s}
                style="--factor-color: ${A(s)}">
              <div class="card-title"><span class="swatch"></span>Factor ${s}</div>
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
                ${n.map(a=>p`
                  <li>L${a.layer}·${a.index}<span class="loading">${a.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`})}
      </div>`}renderData(e){let n=pi(e);return p`
      ${this.renderFactorPicker(e)}
      ${this.renderSentence(e,n)}
      ${this.renderHeatmap(e,n)}
      ${this.renderFactorCards(e)}`}exportSource(e){let n=`layers${e.layers[0]}-${e.layers[e.layers.length-1]}`,s=this.factor;return{view:"nmf",name:this.exportName("nmf",`k${e.k}`,n),title:`NMF, ${e.k} factors: ${e.displayTokens.join(" ")}`,figure:()=>ns(e,s),data:()=>({model:this.model,example:this.inputs[0]?.id,exclude_special_tokens:this.excludeSpecial,...rs(e,s)}),standalone:()=>ts(e)}}updated(e){super.updated(e);let n=this.data;n!=null&&Object.assign(this.dataset,{k:String(n.k),tokens:String(n.tokens.length),layers:`${n.layers[0]}-${n.layers[n.layers.length-1]}`,factor:this.factor==null?"":String(this.factor)})}};I("nmf-module",Hn);var On="store_query";var js=["=","!=","<","<=",">",">=","contains","regex"],mi=new Set(["contains","regex"]);function Dn(r){let t=new Map;for(let{row:e,data:n,values:s}of r)for(let[o,i]of Object.entries({row:e,...n,...s}))t.has(o)||i==null||t.set(o,typeof i=="number"?"number":typeof i=="boolean"?"boolean":"text");return t}function fi(r,t){let e=r.value.trim();if(mi.has(r.operator)||t==="text")return r.value;let n=e===""?NaN:Number(e),s=e.toLowerCase();if(t==="number"||t==null&&Number.isFinite(n)){if(!Number.isFinite(n))throw new Error(`${r.column} holds numbers: "${r.value}" is not one (e.g. 0.5).`);return n}if(t==="boolean"||t==null&&(s==="true"||s==="false")){if(s!=="true"&&s!=="false")throw new Error(`${r.column} is true or false: "${r.value}" is neither.`);return s==="true"}return r.value}function gi(r,t){if(t.edgeMinWeight==null)throw new Error("This store holds no attention edges: precompute it with the attention_edges columns to search patterns over every row.");let e=(n,s)=>Number.isInteger(n)&&n>=0&&n<s;if(!e(r.layer,t.numLayers))throw new Error(`Layer ${r.layer} does not exist: choose 0–${t.numLayers-1}.`);if(!e(r.head,t.numHeads))throw new Error(`Head ${r.head} does not exist: choose 0–${t.numHeads-1}.`);if(!(r.threshold>=t.edgeMinWeight&&r.threshold<=1))throw new Error(`The threshold must be between ${t.edgeMinWeight} (the smallest weight this store keeps) and 1, not ${r.threshold}.`);return{layer:r.layer,head:r.head,threshold:r.threshold,from_token:r.fromToken.trim()||"*",to_token:r.toToken.trim()||"*",case_sensitive:r.caseSensitive}}function Us(r,t,e,n){if(!Number.isInteger(r.limit)||r.limit<1||r.limit>1e3)throw new Error(`Show between 1 and 1000 rows, not ${r.limit}.`);let s={filters:r.filters.map(o=>({column:o.column,operator:o.operator,value:fi(o,t.get(o.column))})),order_by:r.pattern?null:r.orderBy||null,descending:r.descending,limit:r.limit,dataset_name:e};return r.pattern&&(s.pattern=gi(r.pattern,n??{edgeMinWeight:null,numLayers:0,numHeads:0})),s}function Ft(r){return r!=null&&typeof r=="object"&&!Array.isArray(r)}function Vs(r){if(!Ft(r))throw new Error("The store_query answer is not an object.");let{total:t,columns:e,rows:n}=r;if(typeof t!="number"||!Number.isInteger(t)||t<0)throw new Error("The store_query answer has no row count (total).");if(!Array.isArray(e)||!e.every(i=>typeof i=="string"))throw new Error("The store_query answer's columns are not a list of names.");if(!Array.isArray(n))throw new Error("The store_query answer has no rows list.");n.forEach((i,a)=>{if(!Ft(i)||typeof i.row!="number"||typeof i.id!="string"||!Ft(i.data)||!Ft(i.values))throw new Error(`store_query rows[${a}] is not {row, id, data, values}.`)});let s=r.edge_min_weight,o={edgeMinWeight:typeof s=="number"?s:null,numLayers:Number(r.num_layers??0),numHeads:Number(r.num_heads??0)};return{total:t,columns:e,rows:n,limits:o}}var yi=["weight","query_token","key_token"];function zs(r,t,e){let n=[],s=[];for(let{data:l,values:c}of r.rows){for(let d of Object.keys(l))n.includes(d)||n.push(d);for(let d of Object.keys(c))s.includes(d)||s.push(d)}let o=Dn(r.rows),i=(l,c)=>({key:l,source:c,numeric:o.get(l)==="number"}),a=[i("row","row"),...n.filter(l=>!t.has(l)).map(l=>i(l,"data")),...n.filter(l=>t.has(l)).map(l=>i(l,"data")),...s.filter(l=>l==="predicted"||l.startsWith("p_")).map(l=>i(l,"values")),...yi.filter(l=>s.includes(l)).map(l=>i(l,"values"))];return e&&!a.some(l=>l.key===e)&&a.push(i(e,s.includes(e)?"values":"data")),a}function Ks(r){return r==null?"–":typeof r=="number"?Number.isInteger(r)?String(r):r.toFixed(3):typeof r=="boolean"?r?"✓":"✗":String(r)}function Ws(r,t){return t.source==="row"?r.row:t.source==="data"?r.data[t.key]:r.values[t.key]}function Qs(r,t){let e=[...new Set(r.map(o=>o.id))],n=new Set,s=r.filter(o=>!t(o.id)&&!n.has(o.id)&&n.add(o.id));return{ids:e,missing:s}}function Xs(r){let t={added:!0,source:"store"};return{id:r.id,data:{...r.data,_id:r.id,_meta:t},meta:t}}function Gs(r,t){if(t.length!==r.length)throw new Error(`Asked to add ${r.length} store rows, the server annotated ${t.length}.`);r.forEach((e,n)=>{if(t[n].id!==e.id)throw new Error(`Store row ${e.row} got id ${t[n].id} from LIT, but the store query gave ${e.id}: the store's ids do not match LIT's hashing (restart the server with this lit-ext version).`)})}var Js=`.filters .filter {
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
`;var qn="columns",Nt="select",xi=100,$i=[],Bn=class extends M{constructor(){super();this.emptyMessage="Build a query (or none, for the store's first rows) and press Run.";this.schema=null,this.filters=[],this.orderBy="",this.descending=!0,this.limit=xi,this.pattern={layer:0,head:0,threshold:.5,fromToken:"*",toToken:"*",caseSensitive:!1},this.patternOn=!1,this.submitted=null,this.selectionNote=null}static{this.title="Store search"}static{this.infoMarkdown="Filter and sort **every row** of the precomputed store, not only the sample in the data table: by the example's fields, the predicted class, each class's probability (`p_<label>`), whether the prediction is right (`correct`) and any other stored column. Operators: = != < <= > >= contains regex (case-sensitive). **Attention pattern** keeps the rows where a head sends at least the threshold from a token matching *from* to one matching *to* (a word, `/regex/`, or `*` for any text token), strongest first, read from the attention edges the store keeps (no forward pass). **Select in data table** selects the rows found; rows outside the sample are added to the dataset first, so every other module shows them."}static{this.numCols=12}static{this.duplicateForExampleComparison=!1}static{this.duplicateForModelComparison=!1}static shouldDisplayModule(e){return R(e,On)}static{this.styles=_(Js)}static{this.properties={schema:{state:!0},filters:{state:!0},orderBy:{state:!0},descending:{state:!0},limit:{state:!0},pattern:{state:!0},patternOn:{state:!0},submitted:{state:!0},selectionNote:{state:!0}}}get inputs(){return $i}get canLoad(){return this.submitted!=null}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>this.appState.currentDataset,()=>this.loadSchema())}query(e){let n=this.appState.currentModels[0];return this.apiService.getInterpretations([],n,this.appState.currentDataset,On,e,"Querying the store",!0).then(s=>Vs(s))}async loadSchema(){this.schema=null;let e=await this.request(qn,this.query({limit:1,dataset_name:this.appState.currentDataset}));e!=null&&(this.schema={columns:e.columns,kinds:Dn(e.rows),rows:e.total,limits:e.limits})}async load(){let e=Us(this.submitted,this.schema?.kinds??new Map,this.appState.currentDataset,this.schema?.limits);return{answer:await this.query(e),config:e}}run(){this.selectionNote=null,this.cancel(Nt),this.submitted={filters:this.filters,orderBy:this.orderBy,descending:this.descending,limit:this.limit,pattern:this.patternOn?this.pattern:null},this.reload()}async selectRows(){let e=this.data?.answer.rows??[];this.selectionNote=null;let n=await this.request(Nt,this.addAndSelect(e));if(n==null)return;let s=`${e.length} row${e.length===1?"":"s"}`;this.selectionNote=n?`Selected ${s}; ${n} added to the data table.`:`Selected ${s}.`}async addAndSelect(e){let n=this.appState.currentInputDataById,s=Qs(e,o=>n.has(o));if(s.missing.length>0){let o=await this.appState.annotateNewData(s.missing.map(Xs));Gs(s.missing,o),this.appState.commitNewDatapoints(o)}return this.selectionService.selectIds(s.ids,this),s.missing.length}setFilter(e,n){this.filters=this.filters.map((s,o)=>o===e?{...s,...n}:s)}addFilter(){let e=this.schema?.columns.includes("correct")?"correct":this.schema?.columns[0]??"";this.filters=[...this.filters,{column:e,operator:"=",value:""}]}removeFilter(e){this.filters=this.filters.filter((n,s)=>s!==e)}renderFilter(e,n,s){return p`
      <div class="filter" data-index=${n}>
        <select class="filter-column" aria-label="Column"
            @change=${o=>this.setFilter(n,{column:o.target.value})}>
          ${s.map(o=>p`<option value=${o} ?selected=${o===e.column}>${o}</option>`)}
        </select>
        <select class="filter-operator" aria-label="Operator"
            @change=${o=>this.setFilter(n,{operator:o.target.value})}>
          ${js.map(o=>p`<option value=${o} ?selected=${o===e.operator}>${o}</option>`)}
        </select>
        <input class="filter-value" aria-label="Value" .value=${N(e.value)}
            placeholder=${this.schema?.kinds.get(e.column)??"value"}
            @input=${o=>this.setFilter(n,{value:o.target.value})}
            @keydown=${o=>o.key==="Enter"&&this.run()}>
        <button class="hairline-button remove-filter" title="Remove this filter"
            @click=${()=>this.removeFilter(n)}>×</button>
      </div>`}setPattern(e){this.pattern={...this.pattern,...e}}renderPattern(e){let n=e.edgeMinWeight!=null,s=l=>Number(l.target.value),o=l=>l.target.value,i=l=>l.key==="Enter"&&this.run(),a=n&&this.patternOn;return p`
      <div class="toolbar pattern">
        <label title=${n?"Keep only rows where a head sends attention between tokens":"This store holds no attention edges (precompute it with the attention_edges columns)"}>
          <input type="checkbox" class="pattern-on" ?disabled=${!n} .checked=${N(a)}
              @change=${l=>this.patternOn=l.target.checked}>
          Attention pattern</label>
        ${a?p`
          <label>layer <input type="number" class="pattern-layer" min="0"
              max=${e.numLayers-1} .value=${N(String(this.pattern.layer))}
              @change=${l=>this.setPattern({layer:s(l)})}></label>
          <label>head <input type="number" class="pattern-head" min="0"
              max=${e.numHeads-1} .value=${N(String(this.pattern.head))}
              @change=${l=>this.setPattern({head:s(l)})}></label>
          <label>sends ≥ <input type="number" class="pattern-threshold"
              min=${e.edgeMinWeight} max="1" step="0.05"
              .value=${N(String(this.pattern.threshold))}
              @change=${l=>this.setPattern({threshold:s(l)})}></label>
          <label>from <input class="pattern-from" .value=${N(this.pattern.fromToken)}
              placeholder="* any, word or /regex/" @keydown=${i}
              @input=${l=>this.setPattern({fromToken:o(l)})}></label>
          <label>to <input class="pattern-to" .value=${N(this.pattern.toToken)}
              placeholder="* any, word or /regex/" @keydown=${i}
              @input=${l=>this.setPattern({toToken:o(l)})}></label>
          <label><input type="checkbox" class="pattern-case" .checked=${N(this.pattern.caseSensitive)}
              @change=${l=>this.setPattern({caseSensitive:l.target.checked})}>
            case-sensitive</label>
          <span class="hint">strongest first; weights ≥ ${e.edgeMinWeight} are stored</span>`:f}
      </div>`}renderControls(){let e=this.schema?.columns??[],n=this.renderStatus(qn,null,"Reading the store's columns…");return this.schema==null?p`<div class="toolbar">${n}</div>`:p`
      <div class="toolbar filters">
        <span class="hint">${this.schema.rows.toLocaleString()} rows in the store</span>
        ${this.filters.map((s,o)=>this.renderFilter(s,o,e))}
        <button class="hairline-button add-filter" @click=${()=>this.addFilter()}>+ Filter</button>
      </div>
      ${this.renderPattern(this.schema.limits)}
      <div class="toolbar">
        <label>Sort by
          <select class="order-by" ?disabled=${this.patternOn} @change=${s=>this.orderBy=s.target.value}>
            <option value="" ?selected=${this.orderBy===""}>row</option>
            ${e.map(s=>p`<option value=${s} ?selected=${s===this.orderBy}>${s}</option>`)}
          </select>
        </label>
        <select class="direction" aria-label="Direction"
            ?disabled=${this.orderBy===""||this.patternOn}
            @change=${s=>this.descending=s.target.value==="desc"}>
          <option value="desc" ?selected=${this.descending}>descending</option>
          <option value="asc" ?selected=${!this.descending}>ascending</option>
        </select>
        <label>Show
          <input type="number" class="limit" min="1" max=${1e3} .value=${N(String(this.limit))}
              @change=${s=>this.limit=Number(s.target.value)}>
          rows</label>
        <button class="hairline-button run" @click=${()=>this.run()}>Run</button>
      </div>`}renderData({answer:e,config:n}){let s=this.appState.currentDatasetSpec,o=new Set(Object.keys(s).filter(u=>s[u]?.name==="CategoryLabel")),i=zs(e,o,n.order_by),a=this.appState.currentInputDataById,l=e.rows.filter(u=>!a.has(u.id)).length,c=e.rows.length<e.total?` (showing the first ${e.rows.length})`:"",d=n.descending?"↓":"↑";return p`
      <div class="summary">
        <span class="match-count">${e.total.toLocaleString()} of ${(this.schema?.rows??e.total).toLocaleString()} rows match${c}</span>
        <button class="hairline-button select-rows" ?disabled=${e.rows.length===0}
            @click=${()=>this.selectRows()}>Select in data table</button>
        ${l?p`<span class="hint">${l} outside the data table's sample (◦):
            selecting adds them</span>`:f}
        ${this.renderStatus(Nt,this.selectionNote,"Adding rows to the data table…")}
      </div>
      <table class="results">
        <thead>
          <tr>${i.map(u=>p`
            <th class=${u.numeric?"num":""} data-col=${u.key}>${u.key}${u.key===n.order_by?` ${d}`:""}</th>`)}</tr>
        </thead>
        <tbody>
          ${e.rows.map(u=>p`
            <tr data-row=${u.row} data-id=${u.id}>
              ${i.map(m=>{let h=Ws(u,m);return p`<td class=${m.numeric?"num":m.source==="data"?"text":""}
                    data-col=${m.key} title=${typeof h=="number"?String(h):""}>${Ks(h)}${m.key==="row"&&!a.has(u.id)?p`<span class="outside" title="outside the data table's sample"> ◦</span>`:f}</td>`})}
            </tr>`)}
        </tbody>
      </table>`}updated(e){super.updated(e),Object.assign(this.dataset,{columnsState:this.stateOf(qn,this.schema!=null),selectState:this.stateOf(Nt,this.selectionNote!=null),total:String(this.data?.answer.total??"")})}};I("store-search-module",Bn);
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

lit-html/static.js:
lit-html/directive-helpers.js:
lit-html/directives/live.js:
  (**
   * @license
   * Copyright 2020 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
