var ve=window,$e=ve.ShadowRoot&&(ve.ShadyCSS===void 0||ve.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,rt=Symbol(),Dt=new WeakMap,oe=class{constructor(t,e,r){if(this._$cssResult$=!0,r!==rt)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if($e&&t===void 0){let r=e!==void 0&&e.length===1;r&&(t=Dt.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),r&&Dt.set(e,t))}return t}toString(){return this.cssText}},ie=s=>new oe(typeof s=="string"?s:s+"",void 0,rt),xe=(s,...t)=>{let e=s.length===1?s[0]:t.reduce(((r,n,o)=>r+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+s[o+1]),s[0]);return new oe(e,s,rt)},nt=(s,t)=>{$e?s.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let r=document.createElement("style"),n=ve.litNonce;n!==void 0&&r.setAttribute("nonce",n),r.textContent=e.cssText,s.appendChild(r)}))},we=$e?s=>s:s=>s instanceof CSSStyleSheet?(t=>{let e="";for(let r of t.cssRules)e+=r.cssText;return ie(e)})(s):s;var st,ke=window,Bt=ke.trustedTypes,gn=Bt?Bt.emptyScript:"",Ut=ke.reactiveElementPolyfillSupport,it={toAttribute(s,t){switch(t){case Boolean:s=s?gn:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,t){let e=s;switch(t){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},jt=(s,t)=>t!==s&&(t==t||s==s),ot={attribute:!0,type:String,converter:it,reflect:!1,hasChanged:jt},at="finalized",P=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,r)=>{let n=this._$Ep(r,e);n!==void 0&&(this._$Ev.set(n,r),t.push(n))})),t}static createProperty(t,e=ot){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let r=typeof t=="symbol"?Symbol():"__"+t,n=this.getPropertyDescriptor(t,r,e);n!==void 0&&Object.defineProperty(this.prototype,t,n)}}static getPropertyDescriptor(t,e,r){return{get(){return this[e]},set(n){let o=this[t];this[e]=n,this.requestUpdate(t,o,r)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||ot}static finalize(){if(this.hasOwnProperty(at))return!1;this[at]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,r=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let n of r)this.createProperty(n,e[n])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let r=new Set(t.flat(1/0).reverse());for(let n of r)e.unshift(we(n))}else t!==void 0&&e.push(we(t));return e}static _$Ep(t,e){let r=e.attribute;return r===!1?void 0:typeof r=="string"?r:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,r;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((r=t.hostConnected)===null||r===void 0||r.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return nt(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostConnected)===null||r===void 0?void 0:r.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostDisconnected)===null||r===void 0?void 0:r.call(e)}))}attributeChangedCallback(t,e,r){this._$AK(t,r)}_$EO(t,e,r=ot){var n;let o=this.constructor._$Ep(t,r);if(o!==void 0&&r.reflect===!0){let i=(((n=r.converter)===null||n===void 0?void 0:n.toAttribute)!==void 0?r.converter:it).toAttribute(e,r.type);this._$El=t,i==null?this.removeAttribute(o):this.setAttribute(o,i),this._$El=null}}_$AK(t,e){var r;let n=this.constructor,o=n._$Ev.get(t);if(o!==void 0&&this._$El!==o){let i=n.getPropertyOptions(o),a=typeof i.converter=="function"?{fromAttribute:i.converter}:((r=i.converter)===null||r===void 0?void 0:r.fromAttribute)!==void 0?i.converter:it;this._$El=o,this[o]=a.fromAttribute(e,i.type),this._$El=null}}requestUpdate(t,e,r){let n=!0;t!==void 0&&(((r=r||this.constructor.getPropertyOptions(t)).hasChanged||jt)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),r.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,r))):n=!1),!this.isUpdatePending&&n&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((n,o)=>this[o]=n)),this._$Ei=void 0);let e=!1,r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),(t=this._$ES)===null||t===void 0||t.forEach((n=>{var o;return(o=n.hostUpdate)===null||o===void 0?void 0:o.call(n)})),this.update(r)):this._$Ek()}catch(n){throw e=!1,this._$Ek(),n}e&&this._$AE(r)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((r=>{var n;return(n=r.hostUpdated)===null||n===void 0?void 0:n.call(r)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,r)=>this._$EO(r,this[r],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};P[at]=!0,P.elementProperties=new Map,P.elementStyles=[],P.shadowRootOptions={mode:"open"},Ut?.({ReactiveElement:P}),((st=ke.reactiveElementVersions)!==null&&st!==void 0?st:ke.reactiveElementVersions=[]).push("1.6.3");var lt,Ae=window,Y=Ae.trustedTypes,zt=Y?Y.createPolicy("lit-html",{createHTML:s=>s}):void 0,Se="$lit$",L=`lit$${(Math.random()+"").slice(9)}$`,dt="?"+L,yn=`<${dt}>`,D=document,le=()=>D.createComment(""),ce=s=>s===null||typeof s!="object"&&typeof s!="function",Yt=Array.isArray,Zt=s=>Yt(s)||typeof s?.[Symbol.iterator]=="function",ct=`[ 	
\f\r]`,ae=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Vt=/-->/g,Kt=/>/g,O=RegExp(`>|${ct}(?:([^\\s"'>=/]+)(${ct}*=${ct}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Wt=/'/g,Qt=/"/g,Jt=/^(?:script|style|textarea|title)$/i,er=s=>(t,...e)=>({_$litType$:s,strings:t,values:e}),h=er(1),H=er(2),S=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),Gt=new WeakMap,q=D.createTreeWalker(D,129,null,!1);function tr(s,t){if(!Array.isArray(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return zt!==void 0?zt.createHTML(t):t}var rr=(s,t)=>{let e=s.length-1,r=[],n,o=t===2?"<svg>":"",i=ae;for(let a=0;a<e;a++){let l=s[a],c,d,u=-1,p=0;for(;p<l.length&&(i.lastIndex=p,d=i.exec(l),d!==null);)p=i.lastIndex,i===ae?d[1]==="!--"?i=Vt:d[1]!==void 0?i=Kt:d[2]!==void 0?(Jt.test(d[2])&&(n=RegExp("</"+d[2],"g")),i=O):d[3]!==void 0&&(i=O):i===O?d[0]===">"?(i=n??ae,u=-1):d[1]===void 0?u=-2:(u=i.lastIndex-d[2].length,c=d[1],i=d[3]===void 0?O:d[3]==='"'?Qt:Wt):i===Qt||i===Wt?i=O:i===Vt||i===Kt?i=ae:(i=O,n=void 0);let m=i===O&&s[a+1].startsWith("/>")?" ":"";o+=i===ae?l+yn:u>=0?(r.push(c),l.slice(0,u)+Se+l.slice(u)+L+m):l+L+(u===-2?(r.push(void 0),a):m)}return[tr(s,o+(s[e]||"<?>")+(t===2?"</svg>":"")),r]},de=class s{constructor({strings:t,_$litType$:e},r){let n;this.parts=[];let o=0,i=0,a=t.length-1,l=this.parts,[c,d]=rr(t,e);if(this.el=s.createElement(c,r),q.currentNode=this.el.content,e===2){let u=this.el.content,p=u.firstChild;p.remove(),u.append(...p.childNodes)}for(;(n=q.nextNode())!==null&&l.length<a;){if(n.nodeType===1){if(n.hasAttributes()){let u=[];for(let p of n.getAttributeNames())if(p.endsWith(Se)||p.startsWith(L)){let m=d[i++];if(u.push(p),m!==void 0){let y=n.getAttribute(m.toLowerCase()+Se).split(L),b=/([.?@])?(.*)/.exec(m);l.push({type:1,index:o,name:b[2],strings:y,ctor:b[1]==="."?Te:b[1]==="?"?Me:b[1]==="@"?_e:U})}else l.push({type:6,index:o})}for(let p of u)n.removeAttribute(p)}if(Jt.test(n.tagName)){let u=n.textContent.split(L),p=u.length-1;if(p>0){n.textContent=Y?Y.emptyScript:"";for(let m=0;m<p;m++)n.append(u[m],le()),q.nextNode(),l.push({type:2,index:++o});n.append(u[p],le())}}}else if(n.nodeType===8)if(n.data===dt)l.push({type:2,index:o});else{let u=-1;for(;(u=n.data.indexOf(L,u+1))!==-1;)l.push({type:7,index:o}),u+=L.length-1}o++}}static createElement(t,e){let r=D.createElement("template");return r.innerHTML=t,r}};function B(s,t,e=s,r){var n,o,i,a;if(t===S)return t;let l=r!==void 0?(n=e._$Co)===null||n===void 0?void 0:n[r]:e._$Cl,c=ce(t)?void 0:t._$litDirective$;return l?.constructor!==c&&((o=l?._$AO)===null||o===void 0||o.call(l,!1),c===void 0?l=void 0:(l=new c(s),l._$AT(s,e,r)),r!==void 0?((i=(a=e)._$Co)!==null&&i!==void 0?i:a._$Co=[])[r]=l:e._$Cl=l),l!==void 0&&(t=B(s,l._$AS(s,t.values),l,r)),t}var Ee=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:r},parts:n}=this._$AD,o=((e=t?.creationScope)!==null&&e!==void 0?e:D).importNode(r,!0);q.currentNode=o;let i=q.nextNode(),a=0,l=0,c=n[0];for(;c!==void 0;){if(a===c.index){let d;c.type===2?d=new Z(i,i.nextSibling,this,t):c.type===1?d=new c.ctor(i,c.name,c.strings,this,t):c.type===6&&(d=new Ie(i,this,t)),this._$AV.push(d),c=n[++l]}a!==c?.index&&(i=q.nextNode(),a++)}return q.currentNode=D,o}v(t){let e=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(t,r,e),e+=r.strings.length-2):r._$AI(t[e])),e++}},Z=class s{constructor(t,e,r,n){var o;this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=r,this.options=n,this._$Cp=(o=n?.isConnected)===null||o===void 0||o}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=B(this,t,e),ce(t)?t===f||t==null||t===""?(this._$AH!==f&&this._$AR(),this._$AH=f):t!==this._$AH&&t!==S&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):Zt(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==f&&ce(this._$AH)?this._$AA.nextSibling.data=t:this.$(D.createTextNode(t)),this._$AH=t}g(t){var e;let{values:r,_$litType$:n}=t,o=typeof n=="number"?this._$AC(t):(n.el===void 0&&(n.el=de.createElement(tr(n.h,n.h[0]),this.options)),n);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===o)this._$AH.v(r);else{let i=new Ee(o,this),a=i.u(this.options);i.v(r),this.$(a),this._$AH=i}}_$AC(t){let e=Gt.get(t.strings);return e===void 0&&Gt.set(t.strings,e=new de(t)),e}T(t){Yt(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,r,n=0;for(let o of t)n===e.length?e.push(r=new s(this.k(le()),this.k(le()),this,this.options)):r=e[n],r._$AI(o),n++;n<e.length&&(this._$AR(r&&r._$AB.nextSibling,n),e.length=n)}_$AR(t=this._$AA.nextSibling,e){var r;for((r=this._$AP)===null||r===void 0||r.call(this,!1,!0,e);t&&t!==this._$AB;){let n=t.nextSibling;t.remove(),t=n}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},U=class{constructor(t,e,r,n,o){this.type=1,this._$AH=f,this._$AN=void 0,this.element=t,this.name=e,this._$AM=n,this.options=o,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=f}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,r,n){let o=this.strings,i=!1;if(o===void 0)t=B(this,t,e,0),i=!ce(t)||t!==this._$AH&&t!==S,i&&(this._$AH=t);else{let a=t,l,c;for(t=o[0],l=0;l<o.length-1;l++)c=B(this,a[r+l],e,l),c===S&&(c=this._$AH[l]),i||(i=!ce(c)||c!==this._$AH[l]),c===f?t=f:t!==f&&(t+=(c??"")+o[l+1]),this._$AH[l]=c}i&&!n&&this.j(t)}j(t){t===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Te=class extends U{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===f?void 0:t}},bn=Y?Y.emptyScript:"",Me=class extends U{constructor(){super(...arguments),this.type=4}j(t){t&&t!==f?this.element.setAttribute(this.name,bn):this.element.removeAttribute(this.name)}},_e=class extends U{constructor(t,e,r,n,o){super(t,e,r,n,o),this.type=5}_$AI(t,e=this){var r;if((t=(r=B(this,t,e,0))!==null&&r!==void 0?r:f)===S)return;let n=this._$AH,o=t===f&&n!==f||t.capture!==n.capture||t.once!==n.once||t.passive!==n.passive,i=t!==f&&(n===f||o);o&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,r;typeof this._$AH=="function"?this._$AH.call((r=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&r!==void 0?r:this.element,t):this._$AH.handleEvent(t)}},Ie=class{constructor(t,e,r){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(t){B(this,t)}},nr={O:Se,P:L,A:dt,C:1,M:rr,L:Ee,R:Zt,D:B,I:Z,V:U,H:Me,N:_e,U:Te,F:Ie},Xt=Ae.litHtmlPolyfillSupport;Xt?.(de,Z),((lt=Ae.litHtmlVersions)!==null&&lt!==void 0?lt:Ae.litHtmlVersions=[]).push("2.8.0");var sr=(s,t,e)=>{var r,n;let o=(r=e?.renderBefore)!==null&&r!==void 0?r:t,i=o._$litPart$;if(i===void 0){let a=(n=e?.renderBefore)!==null&&n!==void 0?n:null;o._$litPart$=i=new Z(t.insertBefore(le(),a),a,void 0,e??{})}return i._$AI(s),i};var ht,ut;var J=class extends P{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let r=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=r.firstChild),r}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=sr(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return S}};J.finalized=!0,J._$litElement$=!0,(ht=globalThis.litElementHydrateSupport)===null||ht===void 0||ht.call(globalThis,{LitElement:J});var or=globalThis.litElementPolyfillSupport;or?.({LitElement:J});((ut=globalThis.litElementVersions)!==null&&ut!==void 0?ut:globalThis.litElementVersions=[]).push("3.3.3");var pt="attention_search";function Ce(s){throw new Error(`Malformed attention_search answer: ${s}.`)}function ir(s){let t=s,e=t?.matches;Array.isArray(e)||Ce("no list of matches");let r=t.num_examples;return typeof r!="number"&&Ce("no num_examples"),{numExamples:r,matches:e.map((n,o)=>{let i=n?.weight;return(typeof i!="number"||!Number.isFinite(i))&&Ce(`match ${o} has no weight`),typeof n.id!="string"&&Ce(`match ${o} has no LIT id`),{id:n.id,weight:i,query:Number(n.query),key:Number(n.key),queryToken:String(n.query_token),keyToken:String(n.key_token)}})}}function ar(s){return{numExamples:s.reduce((t,e)=>t+e.numExamples,0),matches:s.flatMap(t=>t.matches).sort((t,e)=>e.weight-t.weight)}}var lr=`.toolbar input.pattern {
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
`;var dr=Symbol.for(""),$n=s=>{if(s?.r===dr)return s?._$litStatic$},hr=s=>({_$litStatic$:s,r:dr});var cr=new Map,ur=s=>(t,...e)=>{let r=e.length,n,o,i=[],a=[],l,c=0,d=!1;for(;c<r;){for(l=t[c];c<r&&(o=e[c],(n=$n(o))!==void 0);)l+=n+t[++c],d=!0;c!==r&&a.push(o),i.push(l),c++}if(c===r&&i.push(t[r]),d){let u=i.join("$$lit$$");(t=cr.get(u))===void 0&&(i.raw=i,cr.set(u,t=i)),e=a}return s(t,...e)},pr=ur(h),Is=ur(H);var mr=`/* Layout and status styles shared by lit-ext's modules. */
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
`;var Pe="classification-module";function wn(s){let t=s.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(s,"shouldDisplayModule")}function kn(){let s=customElements.get(Pe);if(s==null)throw new Error(`lit-ext: LIT's <${Pe}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=s;for(;t!=null&&t!==HTMLElement;){if(wn(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${Pe}>; this LIT version is not supported.`)}var fr=kn(),gr=(()=>{let t=customElements.get(Pe)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function M(s,t){return Object.values(s).some(e=>e.interpreters?.includes(t))}function Le(s){let e=(s instanceof Error?s.message:String(s)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}function x(s){return[gr,xe`${ie(mr)}`,xe`${ie(s)}`]}var ee="main",$=class extends fr{constructor(){super();this.requestSeqs=new Map;this.requestsInFlight=new Set;this.requestErrors=new Map;this.data=null}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.properties={data:{state:!0}}}get inputs(){let e=this.selectedInput;return e==null?[]:[e]}accept(e){this.data=e}inputsChanged(){}renderControls(){return f}get loadingMessage(){return"Loading…"}hasInterpreter(e){return this.appState.currentModelInfos[this.model]?.interpreters?.includes(e)??!1}get selectedInput(){return this.selectionService.primarySelectedInputData}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.inputs,this.model],()=>{this.inputsChanged(),this.reload()})}async reload(){let e=this.inputs;if(e.length===0){this.cancel(ee),this.data=null;return}let r=await this.request(ee,this.load(e));r!=null&&this.accept(r)}async request(e,r){let n=(this.requestSeqs.get(e)??0)+1;this.requestSeqs.set(e,n),this.requestsInFlight.add(e),this.requestErrors.delete(e),this.requestUpdate();let o=()=>this.requestSeqs.get(e)===n;try{let i=await this.loadLatest(e,r);return o()?(this.requestsInFlight.delete(e),this.requestUpdate(),i):null}catch(i){return o()&&(this.requestsInFlight.delete(e),this.requestErrors.set(e,Le(i)),this.setIsLoading(!1),this.requestUpdate()),null}}cancel(e){this.requestSeqs.set(e,(this.requestSeqs.get(e)??0)+1),this.requestsInFlight.delete(e),this.requestErrors.delete(e),this.requestUpdate()}isLoading(e=ee){return this.requestsInFlight.has(e)}errorOf(e=ee){return this.requestErrors.get(e)??null}stateOf(e,r){return this.requestErrors.has(e)?"error":this.requestsInFlight.has(e)?"loading":r?"ready":"empty"}renderStatus(e,r=null,n="Loading…"){let o=this.errorOf(e);return o?h`<div class="status error" role="alert">${o}</div>`:this.isLoading(e)?h`<div class="status" role="status"><div class="spinner"></div>${n}</div>`:r?h`<div class="status hint">${r}</div>`:f}renderImpl(){let e=this.data==null&&this.inputs.length===0?this.emptyMessage:null;return h`
      <div class="module-container">
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(ee,e,this.loadingMessage)}
          ${this.data!=null&&!this.errorOf()?this.renderData(this.data):f}
        </div>
      </div>`}updated(e){super.updated(e),this.dataset.state=this.stateOf(ee,this.data!=null)}};function w(s,t){let e=hr(s);t.template=(r,n,o)=>pr`<${e} model=${r} .shouldReact=${o}
          selectionServiceIndex=${n}></${e}>`,customElements.define(s,t)}function mt(s,t){if(!(t>=1))throw new Error(`batch size must be at least 1, got ${t}`);let e=[];for(let r=0;r<s.length;r+=t)e.push(s.slice(r,r+t));return e}async function j(s,t,e,r,n,o,i={}){let a=Math.min(i.batchSize??32,32),l=[];i.onProgress?.(0,t.length);for(let c of mt(t,a)){i.signal?.throwIfAborted();let d=await s.getInterpretations(c,e,r,n,o,i.message,!0);if(!Array.isArray(d)||d.length!==c.length)throw new Error(`'${n}' returned ${Array.isArray(d)?d.length:"no"} results for ${c.length} examples.`);l.push(...d),i.onBatch?.(c,d),i.onProgress?.(l.length,t.length)}return l}async function Re(s,t,e,r,n,o,i={}){if(t.length===0)throw new Error(`No examples to send to '${n}'.`);let a=Math.min(i.batchSize??32,32),l=[],c=0;i.onProgress?.(0,t.length);for(let d of mt(t,a)){i.signal?.throwIfAborted();let u=await s.getInterpretations(d,e,r,n,o,i.message,!0);if(u==null||typeof u!="object"||Array.isArray(u))throw new Error(`'${n}' should answer one object per request, got ${Array.isArray(u)?"a list":String(u)}.`);l.push(u),c+=d.length,i.onProgress?.(c,t.length)}return l}var _=class{constructor(t){this.onChange=t;this.progress=null;this.controller=null}get running(){return this.controller!=null}async track(t){this.stop();let e=new AbortController;this.controller=e,this.onChange();let r=(n,o)=>{e.signal.aborted||(this.progress=[n,o],this.onChange())};try{return await t({signal:e.signal,onProgress:r})}finally{this.controller===e&&(this.controller=null,this.progress=null,this.onChange())}}stop(){this.controller!=null&&(this.controller.abort(),this.controller=null,this.progress=null,this.onChange())}};var z="head-focus",ft=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(z,{detail:{...e}}))}},E=new ft;var He="search",gt=class extends ${constructor(){super();this.run=new _(()=>this.requestUpdate());this.emptyMessage="Choose a head and the patterns, then search the dataset for that attention.";this.layer=0,this.head=0,this.fromToken="*",this.toToken="*",this.threshold=.5,this.caseSensitive=!1}static{this.title="Attention Search"}static{this.infoMarkdown=`Finds the examples where layer L, head H sends at least the threshold of attention from a token matching "From" to a token matching "To", over the whole dataset, strongest first. A pattern is a word (the token's text, without ## or Ġ), /regex/ (searched in the token's text), or * for any token but [CLS], [SEP] and the like (which only a word spelling them matches). Patterns match one token: a word split into pieces is found by a piece. "Select" makes the matches LIT's selection, the strongest primary.`}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return M(e,pt)}static{this.styles=x(lr)}static{this.properties={layer:{state:!0},head:{state:!0},fromToken:{state:!0},toToken:{state:!0},threshold:{state:!0},caseSensitive:{state:!0}}}get inputs(){return[]}async load(){throw new Error("Attention search runs from its Search button.")}disconnectedCallback(){super.disconnectedCallback(),this.stop()}inputsChanged(){this.stop()}async search(){let e={layer:this.layer,head:this.head,from_token:this.fromToken,to_token:this.toToken,threshold:this.threshold,case_sensitive:this.caseSensitive},r=this.run.track(o=>Re(this.apiService,this.appState.currentInputData,this.model,this.appState.currentDataset,pt,{...e},{...o,message:"Searching attention"})),n=await this.request(He,r.then(o=>({config:e,...ar(o.map(ir))})));n!=null&&(this.data=n)}stop(){this.run.stop(),this.cancel(He)}selectMatches(e,{layer:r,head:n}){this.selectionService.selectIds(e),this.selectionService.setPrimarySelection(e[0]??null),E.focusHead({model:this.model,layer:r,head:n})}textOf(e){let r=this.appState.currentInputData.find(o=>o.id===e);return r==null?`(example ${e} is no longer in the dataset)`:Object.entries(this.appState.currentDatasetSpec).filter(([,o])=>o.name==="TextSegment").map(([o])=>o).map(o=>String(r.data[o]??"")).join(" | ")}renderControls(){let e=i=>i.target.value,r=i=>Number(i.target.value),n=this.run.progress,o=this.appState.currentInputData.length;return h`
      <div class="toolbar">
        <label>Layer <input type="number" class="layer" min="0" .value=${String(this.layer)}
            @change=${i=>this.layer=r(i)}></label>
        <label>Head <input type="number" class="head" min="0" .value=${String(this.head)}
            @change=${i=>this.head=r(i)}></label>
        <label title="A word, /regex/ or * (any token)">From
          <input type="text" class="from-token pattern" .value=${this.fromToken}
              @change=${i=>this.fromToken=e(i)}></label>
        <label title="A word, /regex/ or * (any token)">To
          <input type="text" class="to-token pattern" .value=${this.toToken}
              @change=${i=>this.toToken=e(i)}></label>
        <label>At least <input type="number" class="threshold" min="0" max="1" step="0.05"
            .value=${String(this.threshold)}
            @change=${i=>this.threshold=r(i)}></label>
        <label><input type="checkbox" class="case-sensitive" .checked=${this.caseSensitive}
            @change=${i=>this.caseSensitive=i.target.checked}>Case-sensitive</label>
        <button class="hairline-button search" ?disabled=${this.run.running}
            @click=${()=>this.search()}>Search all ${o} examples</button>
        ${n?h`
          <progress max=${n[1]} value=${n[0]}></progress>
          <span class="hint">${n[0]} / ${n[1]}</span>
          <button class="hairline-button stop" @click=${()=>this.stop()}>Stop</button>`:f}
      </div>
      ${this.renderStatus(He,null,"Searching…")}`}renderData(e){let{config:r,matches:n}=e,o=n.map(i=>i.id);return h`
      <div class="summary">
        <span class="hint">${n.length} of ${e.numExamples} examples: layer ${r.layer}, head ${r.head} sends ≥ ${r.threshold} from
          <code>${r.from_token}</code> to <code>${r.to_token}</code>.</span>
        ${n.length?h`<button class="hairline-button select-matches"
            @click=${()=>this.selectMatches(o,r)}>Select these ${n.length} in LIT</button>`:f}
      </div>
      ${n.length?h`
        <table class="matches">
          <thead><tr><th class="num">Weight</th><th>From → to</th><th>Example</th></tr></thead>
          <tbody>
            ${n.map(i=>h`
              <tr data-id=${i.id} title="Click to select this example"
                  @click=${()=>this.selectMatches([i.id],r)}>
                <td class="num weight">${i.weight.toFixed(3)}</td>
                <td class="pair"><span class="token">${i.queryToken}</span> → <span
                    class="token">${i.keyToken}</span></td>
                <td class="text">${this.textOf(i.id)}</td>
              </tr>`)}
          </tbody>
        </table>`:f}`}updated(e){super.updated(e),Object.assign(this.dataset,{search:this.stateOf(He,this.data!=null),matches:String(this.data?.matches.length??"")})}};w("attention-search-module",gt);var V={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},br=s=>(...t)=>({_$litDirective$:s,values:t}),Ne=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,r){this._$Ct=t,this._$AM=e,this._$Ci=r}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};var{I:po}=nr;var vr=s=>s.strings===void 0;var An={},$r=(s,t=An)=>s._$AH=t;var xr=br(class extends Ne{constructor(s){if(super(s),s.type!==V.PROPERTY&&s.type!==V.ATTRIBUTE&&s.type!==V.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!vr(s))throw Error("`live` bindings can only contain a single expression")}render(s){return s}update(s,[t]){if(t===S||t===f)return t;let e=s.element,r=s.name;if(s.type===V.PROPERTY){if(t===e[r])return S}else if(s.type===V.BOOLEAN_ATTRIBUTE){if(!!t===e.hasAttribute(r))return S}else if(s.type===V.ATTRIBUTE&&e.getAttribute(r)===t+"")return S;return $r(s),t}});function Sn(s){let t=s;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint10"||t.dtype==="float32")}function En(s){let t=Uint8Array.fromBase64;if(t)return t(s);let e=atob(s),r=new Uint8Array(e.length);for(let n=0;n<e.length;n++)r[n]=e.charCodeAt(n);return r}var Tn=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Mn(s,t,e){if(s.byteLength!==t*4)throw new Error(`encoded float32 array has ${s.byteLength} bytes; its shape needs ${t*4}.`);if(e)return new Float32Array(s.buffer.slice(s.byteOffset,s.byteOffset+t*4));let r=new DataView(s.buffer,s.byteOffset,s.byteLength),n=new Float32Array(t);for(let o=0;o<t;o++)n[o]=r.getFloat32(4*o,!0);return n}function _n(s,t,e){let r=t+Math.ceil(t/4);if(s.byteLength!==r)throw new Error(`encoded uint10 array has ${s.byteLength} bytes; its shape needs ${r}.`);if(!(e>0))throw new Error(`uint10 array needs a positive scale, got ${e}.`);let n=new Float32Array(1024);for(let a=0;a<1024;a++)n[a]=a/e;let o=new Float32Array(t),i=t-t%4;for(let a=0,l=t;a<i;a+=4,l++){let c=s[l];o[a]=n[s[a]|(c&192)<<2],o[a+1]=n[s[a+1]|(c&48)<<4],o[a+2]=n[s[a+2]|(c&12)<<6],o[a+3]=n[s[a+3]|(c&3)<<8]}for(let a=i;a<t;a++){let l=s[t+(a>>2)]>>6-2*(a&3)&3;o[a]=n[s[a]|l<<8]}return o}function N(s){if(!Sn(s))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let t=En(s.data),e=s.shape.reduce((n,o)=>n*o,1),r=s.dtype==="uint10"?_n(t,e,s.scale??0):Mn(t,e,Tn);return{shape:[...s.shape],values:r}}var Fe="attention",Oe="neuron_view",qe="nmf";function g(s,t,e){if(!(t in s))throw new Error(`${e} response has no '${t}' field.`);return s[t]}function K(s,t,e){if(!(t.length===e.length&&t.every((n,o)=>e[o]<0||n===e[o]))){let n=e.map(o=>o<0?"?":o).join(", ");throw new Error(`${s} has shape (${t.join(", ")}); expected (${n}).`)}}function yt(s,t,e){if(!Array.isArray(t)||t.length!==e){let r=Array.isArray(t)?t.length:typeof t;throw new Error(`${s} has ${r} entries but there are ${e} tokens.`)}}function bt(s,t){let e=g(s,"tokens",t),r={tokens:e,displayTokens:g(s,"display_tokens",t),specialTokens:g(s,"special_tokens",t),segmentIds:g(s,"segment_ids",t)};return yt("display_tokens",r.displayTokens,e.length),yt("special_tokens",r.specialTokens,e.length),yt("segment_ids",r.segmentIds,e.length),r}var De="Special tokens: the tokenizer's markup, such as [CLS], [SEP], <s>, </s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, such as an emoji, and are not special.";function k(s,t){let e=s.displayTokens[t],r=s.tokens[t];return r===e?`${e} (#${t})`:`${e} (#${t}, token ${r})`}function wr(s){let t=s,e=`'${Fe}' interpreter`,r=bt(t,e),n=g(t,"layers",e),o=g(t,"num_heads",e),i=N(g(t,"attention",e)),a=r.tokens.length;K("attention",i.shape,[n.length,o,a,a]);let l=o*a*a,c=n.map((u,p)=>i.values.subarray(p*l,(p+1)*l)),d=typeof t.num_layers=="number"?t.num_layers:null;return{...r,layers:n,numHeads:o,numLayers:d,weights:c}}function In(s,t,e){let r=s,n=g(r,"name",`${e} term`),o=N(g(r,"values",`${e} term '${n}'`));return K(`term '${n}'`,o.shape,[t,t]),{name:n,label:String(r.label??n),description:String(r.description??""),values:o.values}}function kr(s){let t=s,e=`'${Oe}' interpreter`,r=bt(t,e),n=r.tokens.length,o=N(g(t,"query",e)),i=N(g(t,"key",e)),a=N(g(t,"attention",e));K("query",o.shape,[n,-1]),K("key",i.shape,o.shape),K("attention",a.shape,[n,n]);let l=g(t,"key_allowed",e),c=null;if(l!=null){let u=N(l);K("key_allowed",u.shape,[n,n]),c=Uint8Array.from(u.values,p=>p>.5?1:0)}let d=g(t,"scale",e);if(!(typeof d=="number"&&Number.isFinite(d)))throw new Error(`${e} response has scale ${d}; expected a finite number.`);return{...r,layer:g(t,"layer",e),head:g(t,"head",e),headDim:o.shape[1],query:o.values,key:i.values,scale:d,scaleLabel:g(t,"scale_label",e),positionTransform:g(t,"position_transform",e),terms:g(t,"terms",e).map(u=>In(u,n,e)),keyAllowed:c,attention:a.values}}function Ar(s){let t=s,e=`'${qe}' interpreter`,r=bt(t,e),n=r.tokens,o=N(g(t,"factors",e));K("factors",o.shape,[-1,n.length]);let i=o.shape[0],a=g(t,"top_neurons",e),l=g(t,"layer_share",e);if(a.length!==i||l.length!==i)throw new Error(`nmf response has ${i} factors but ${a.length} neuron lists and ${l.length} layer shares.`);return{...r,tokenMask:t.token_mask??n.map(()=>!0),layers:g(t,"layers",e),k:i,factors:o.values,topNeurons:a,layerShare:l,reconstructionError:Number(t.reconstruction_error??NaN)}}var Ue="head_importance",je="ablated_prediction",he="layer_predictions",ze="faithfulness";function Cn(s,t){return Array.isArray(s)&&(t==null||s.length===t)&&s.every(e=>typeof e=="number"&&Number.isFinite(e))}function Be(s,t,e){if(!Cn(s,e)){let r=e==null?"":`${e} `;throw new Error(`${t} is not a list of ${r}finite numbers.`)}return s}function Sr(s,t,e,r){if(!Array.isArray(s)||s.length!==e)throw new Error(`${t} has ${Array.isArray(s)?s.length:"no"} rows; expected ${e}.`);return s.map((n,o)=>Be(n,`${t} row ${o}`,r))}var Er=["ablation","gradient"];function Tr(s){let t=s,e=`'${Ue}' interpreter`,r=g(t,"num_layers",e),n=g(t,"num_heads",e);return{method:g(t,"method",e),numLayers:r,numHeads:n,importance:Sr(g(t,"importance",e),"importance",r,n),label:g(t,"label",e),probability:g(t,"probability",e)}}function Mr(s){let t=s,e=`'${je}' interpreter`,r=g(t,"labels",e);return{labels:r,probas:Be(g(t,"probas",e),"probas",r.length),probasAblated:Be(g(t,"probas_ablated",e),"probas_ablated",r.length),heads:g(t,"heads",e)}}function $t(s){let t=s,e=`'${he}' interpreter`,r=g(t,"labels",e),n=g(t,"layers",e);return{labels:r,layers:n,probas:Sr(g(t,"probas",e),"probas",n.length,r.length)}}function vt(s,t){if(s==null)return null;if(typeof s!="number"||!Number.isFinite(s))throw new Error(`${t} is ${String(s)}; expected a finite number or null.`);return s}function _r(s){let t=s,e=`'${ze}' interpreter`,r=g(t,"methods",e).map(n=>{let o=g(n,"name",`${e} method`);return{name:o,comprehensiveness:vt(n.comprehensiveness,`${o} comprehensiveness`),sufficiency:vt(n.sufficiency,`${o} sufficiency`),kendallTau:vt(n.kendall_tau,`${o} kendall_tau`),...n.error==null?{}:{error:String(n.error)}}});return{label:g(t,"label",e),probability:g(t,"probability",e),fractions:Be(g(t,"fractions",e),"fractions"),methods:r}}var Ir=`.scope {
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
`;function W(s){let t=0;for(let e=1;e<s.length;e++)s[e]>s[t]&&(t=e);return t}function Ve(s){return s.reduce((t,e)=>t+e,0)/s.length}var ue=[{key:"comprehensiveness",label:"Comprehensiveness",higherIsBetter:!0,definition:"how much the predicted class's probability drops when the method's top words are deleted, averaged over the fractions of words removed (AOPC)"},{key:"sufficiency",label:"Sufficiency",higherIsBetter:!1,definition:"how much it drops when only the top words are kept (AOPC)"},{key:"kendallTau",label:"Kendall τ",higherIsBetter:!0,definition:"rank correlation of the method's word scores with leave-one-out importance (the drop when that word alone is deleted)"}];function Cr(s){let t=new Map;for(let e of s)for(let r of e.methods)t.set(r.name,[...t.get(r.name)??[],r]);return[...t].map(([e,r])=>{let n={name:e,comprehensiveness:null,sufficiency:null,kendallTau:null,counts:{comprehensiveness:0,sufficiency:0,kendallTau:0},refused:r.filter(o=>o.error!=null).length,errors:[...new Set(r.flatMap(o=>o.error==null?[]:[o.error]))]};for(let{key:o}of ue){let i=r.map(a=>a[o]).filter(a=>a!=null);n.counts[o]=i.length,n[o]=i.length?Ve(i):null}return n})}function Pr(s,t){let r=ue.find(n=>n.key===t).higherIsBetter?-1:1;return[...s].sort((n,o)=>{let i=n[t],a=o[t];return i==null||a==null?(i==null?1:0)-(a==null?1:0):r*(i-a)})}var Ln=4,Lr="random",Rn=["LIME"];function Hn(s){return`${Math.round(s*100)}%`}var xt=class extends ${constructor(){super();this.scores=new Map;this.run=new _(()=>this.requestUpdate());this.emptyMessage="Select examples to score the salience methods on them, or score the whole dataset.";this.scope="selection",this.excluded=new Set(Rn),this.sortKey="comprehensiveness"}static{this.title="Faithfulness of Salience Maps"}static{this.infoMarkdown=`Which salience map to trust (ERASER, DeYoung et al. 2020), for each salience method averaged over the examples; words are deleted from the text, top-scored first.

* **Comprehensiveness** (higher is better): p(predicted class | text) − p(predicted class | text without the method's top words), averaged over removing the top 10, 20 and 50% of the words (AOPC). Deleting truly important words should hurt.
* **Sufficiency** (lower is better): p(predicted class | text) − p(predicted class | only the top words), averaged the same way. The top words alone should be enough.
* **Kendall τ** (higher is better): rank correlation between the method's word scores and leave-one-out importance (the drop when that word alone is deleted).

The **random** row scores words at random: a method that does not beat it explains nothing about this model. Subword scores are summed into words. LIME, by far the slowest, is scored once you tick it.`}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return M(e,ze)}static{this.styles=x(Ir)}static{this.properties={scope:{state:!0},excluded:{state:!0},sortKey:{state:!0}}}get inputs(){return this.scope==="dataset"?this.appState.currentInputData:this.selectionService.selectedInputData}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}get methods(){let e=this.appState.metadata?.interpreters??{};return(this.appState.currentModelInfos[this.model]?.interpreters??[]).filter(n=>Object.values(e[n]?.metaSpec??{}).some(o=>o?.name==="TokenSalience"))}get methodsConfig(){let e=this.methods.filter(r=>!this.excluded.has(r));return e.length===this.methods.length?"":e.join(",")}async load(e){let r=this.methodsConfig,n=[this.model,this.appState.currentDataset,r].join("\0"),o=a=>`${n}\0${a.id}`,i=e.filter(a=>!this.scores.has(o(a)));return await this.run.track(a=>j(this.apiService,i,this.model,this.appState.currentDataset,ze,{methods:r},{...a,batchSize:Ln,message:"Scoring the faithfulness of salience maps",onBatch:(l,c)=>c.forEach((d,u)=>this.scores.set(o(l[u]),_r(d)))})),e.map(a=>this.scores.get(o(a)))}get loadingMessage(){let[e,r]=this.run.progress??[0,0];return r?`Scoring examples: ${e} / ${r}…`:"Scoring…"}inputsChanged(){this.run.stop()}setScope(e){this.scope=e,this.run.stop(),this.reload()}toggleMethod(e){let r=new Set(this.excluded);if(r.delete(e)||r.add(e),this.methods.every(n=>r.has(n))){this.requestUpdate();return}this.excluded=r,this.reload()}renderControls(){let e=this.selectionService.selectedInputData.length,r=this.appState.currentInputData.length,n=this.run.progress;return h`
      <div class="toolbar">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button scope-selection ${this.scope==="selection"?"on":""}"
              @click=${()=>this.setScope("selection")}>Selected (${e})</button>
          <button class="hairline-button scope-dataset ${this.scope==="dataset"?"on":""}"
              @click=${()=>this.setScope("dataset")}>All ${r} examples</button>
        </span>
        ${n?h`
          <progress max=${n[1]} value=${n[0]}></progress>
          <button class="hairline-button stop" @click=${()=>this.setScope("selection")}
              ?hidden=${this.scope!=="dataset"}>Stop</button>`:f}
      </div>
      <div class="methods" role="group" aria-label="Salience methods">
        <span class="hint">Methods</span>
        ${this.methods.map(o=>h`
          <label><input type="checkbox" class="method" data-method=${o}
              .checked=${xr(!this.excluded.has(o))} @change=${()=>this.toggleMethod(o)}
              >${o}</label>`)}
      </div>`}renderData(e){if(e.length===0)return f;let r=Pr(Cr(e),this.sortKey),n=e[0].fractions.map(Hn).join(", "),o=`${e.length} example${e.length===1?"":"s"}`;return h`
      <div class="hint summary">Mean over ${o}; top ${n} of the words removed.
        Click a column to rank by it.</div>
      <table class="faithfulness">
        <thead>
          <tr>
            <th>Method</th>
            ${ue.map(i=>h`
              <th class="num sortable ${i.key===this.sortKey?"sorted":""}"
                  data-col=${i.key} title=${`${i.label}: ${i.definition}; ${i.higherIsBetter?"higher":"lower"} is better`}
                  @click=${()=>this.sortKey=i.key}>
                ${i.label} ${i.higherIsBetter?"↑":"↓"}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${r.map(i=>h`
            <tr data-method=${i.name} class=${i.name===Lr?"baseline":""}>
              <td>${i.name===Lr?"random (baseline)":i.name}${i.refused?h`
                <span class="refused" title=${i.errors.join(`
`)}>refused ${i.refused} of ${e.length}</span>`:f}</td>
              ${ue.map(({key:a})=>{let l=i[a],c=`over ${i.counts[a]} of ${e.length} examples`;return h`<td class="num" data-col=${a}
                    title=${l==null?"undefined on every example":`${l.toPrecision(6)} ${c}`}>${l==null?"–":l.toFixed(3)}</td>`})}
            </tr>`)}
        </tbody>
      </table>`}updated(e){super.updated(e),Object.assign(this.dataset,{scope:this.scope,sortKey:this.sortKey,methods:this.methodsConfig,examples:String(this.data?.length??0)})}};w("faithfulness-module",xt);var Nn=/^(\[(CLS|SEP|PAD|MASK)\]|<\/?s>|<pad>|<mask>|<cls>|<sep>)$/;function wt(s){return Nn.test(s)}function Rr(s){return wt(s)?s:s.replace(/^##(?=.)/,"").replace(/<\/w>$/,"").replace(/^[Ġ▁]+/,"")||"␣"}function Hr(s){let t=s.findIndex(e=>e==="[SEP]"||e==="</s>");return s.map((e,r)=>t>=0&&r>t?1:0)}function Fn(s){let t=s.spec?.output??{},e=new Map;for(let[c,d]of Object.entries(t))d?.name!=="AttentionHeads"||!d.align_in||!(d.align_in in t)||e.set(d.align_in,[...e.get(d.align_in)??[],c]);let r=null;for(let c of e)(r==null||c[1].length>r[1].length)&&(r=c);if(r==null)return null;let[n,o]=r,i=o.map((c,d)=>{let u=/(\d+)/.exec(c);return[u?Number(u[1]):d,c]}),l=new Set(i.map(([c])=>c)).size===i.length?i.sort((c,d)=>c[0]-d[0]):o.map((c,d)=>[d,c]);return{tokensField:n,layers:l}}function G(s){if(s==null)return null;if(s.interpreters?.includes(Fe))return{kind:"interpreter"};let t=Fn(s);return t?{kind:"predictions",...t}:null}function We(s){return Object.values(s).some(t=>G(t)!=null)}var On=8,Q=new Map,Ke=new Map,kt=new Map;function qn(s,t){for(Q.delete(s),Q.set(s,t);Q.size>On;)Q.delete(Q.keys().next().value)}function Dn(s,t){if(s==null)return!1;let e=t??s.allLayers;return e!=null&&e.every(r=>s.layers.has(r))}function Bn(s,t,e){let r=s;if(!Array.isArray(r)||r.some(o=>!Array.isArray(o)||o.length!==t)){let o=Array.isArray(r)&&Array.isArray(r[0])?r[0].length:"?";throw new Error(`${e} has ${o} positions but the tokens have ${t}.`)}let n=new Float32Array(r.length*t*t);return r.forEach((o,i)=>o.forEach((a,l)=>{if(a.length!==t)throw new Error(`${e} row ${l} has ${a.length} values, not ${t}.`);n.set(a,(i*t+l)*t)})),[r.length,n]}async function Un(s,t,e,r,n){let o=n.layers.map(([,d])=>d),[i]=await s.getPreds([r],e,t,[],[n.tokensField,...o],"Fetching attention"),a=i[n.tokensField],l=new Map,c=0;for(let[d,u]of n.layers){let[p,m]=Bn(i[u],a.length,u);c=p,l.set(d,m)}return{tokens:a,displayTokens:a.map(Rr),specialTokens:a.map(wt),segmentIds:Hr(a),numHeads:c,allLayers:n.layers.map(([d])=>d),layers:l,source:"predictions"}}async function jn(s,t,e,r,n){let o=n?{layers:n}:{},[i]=await s.getInterpretations([r],e,t,Fe,o,"Fetching attention",!0),a=wr(i),l=a.numLayers!=null?Array.from({length:a.numLayers},(c,d)=>d):n==null?a.layers:kt.get(e)??null;return l&&kt.set(e,l),{tokens:a.tokens,displayTokens:a.displayTokens,specialTokens:a.specialTokens,segmentIds:a.segmentIds,numHeads:a.numHeads,allLayers:l,layers:new Map(a.layers.map((c,d)=>[c,a.weights[d]])),source:"interpreter"}}function zn(){return new Promise(s=>setTimeout(s,0))}async function te(s,t,e,r,n,o){let i=`${e}\0${t}\0${n.id}`,a=Q.get(i);if(Dn(a,o))return a;let l=r.kind==="interpreter"&&o!=null&&kt.has(e)?o:null,c=`${i}\0${l?.join(",")??"all"}`,d=Ke.get(c);return d==null&&(d=(l==null?zn().then(()=>Promise.allSettled([...Ke].filter(([p])=>p.startsWith(`${i}\0`)&&p!==c).map(([,p])=>p))):Promise.resolve()).then(()=>r.kind==="interpreter"?jn(s,t,e,n,l):Un(s,t,e,n,r)).then(p=>{let m=Q.get(i);return m&&(p.layers.forEach((y,b)=>m.layers.set(b,y)),m.allLayers??=p.allLayers,p=m),qn(i,p),p}).finally(()=>Ke.delete(c)),Ke.set(c,d)),d}var Nr=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function A(s){return s<Nr.length?Nr[s]:`hsl(${(s*137.508%360).toFixed(1)}, 65%, 42%)`}function At(s){if(s.startsWith("#")){let i=parseInt(s.slice(1),16);return[i>>16&255,i>>8&255,i&255]}let[t,e,r]=(s.match(/[\d.]+/g)??["0","0","0"]).map(Number),n=e/100*Math.min(r/100,1-r/100),o=i=>{let a=(i+t/30)%12;return Math.round(255*(r/100-n*Math.max(-1,Math.min(a-3,9-a,1))))};return[o(0),o(8),o(4)]}function re(s,t){let[e,r,n]=At(s);return`rgba(${e}, ${r}, ${n}, ${t.toFixed(3)})`}var Or=[33,102,172],qr=[202,72,34];function pe(s,t){let e=t>0?Math.min(1,Math.abs(s)/t):0,[r,n,o]=s>=0?Or:qr;return[Math.round(255+(r-255)*e),Math.round(255+(n-255)*e),Math.round(255+(o-255)*e)]}function R([s,t,e]){return`rgb(${s}, ${t}, ${e})`}var Fr=[128,134,139];function St(s,t){let e=t>0?Math.min(1,Math.abs(s)/t):0,r=s>=0?Or:qr;return[0,1,2].map(n=>Math.round(Fr[n]+(r[n]-Fr[n])*e))}var Dr=`.heads {
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
`;var I=64,Kn=12e3,T=8,Wn=150,Ur=s=>`${s}px Roboto, sans-serif`;function Qn(s){return s<=40?[20,13]:s<=128?[16,12]:[13,10]}function jr(s,t,e){let[r,n]=Qn(t.visible.length);s.font=Ur(n);let o=20;for(let m of t.visible)o=Math.max(o,s.measureText(t.labels[m]).width);o=Math.min(Wn,Math.ceil(o));let i=Math.min(8,r-6),l=t.numHeads*(i+1)+T+o+T,c=Math.max(80,Math.min(360,e-2*l)),d=Math.max(0,Math.floor((e-c-2*l)/2)),u=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((m,y)=>u[m]=y);let p=6;return{width:Math.max(e,c+2*l),height:p*2+t.visible.length*r,rowHeight:r,fontSize:n,top:p,leftTextRight:d+l-T,rightTextLeft:d+l+c+T,textWidth:o,squareSize:i,rowOf:u}}function Et(s){return s==="all"?null:[s[0]==="A"?0:1,s[1]==="A"?0:1]}function Gn(s,t,e){let r=Et(s.filter);return r==null||s.segmentIds[t]===r[0]&&s.segmentIds[e]===r[1]}function Qe(s,t){return s.top+s.rowOf[t]*s.rowHeight+s.rowHeight/2}function Br(s,t){let e=s.tokens.length,{weights:r,visible:n,active:o,threshold:i}=s,a=Et(s.filter),l=s.segmentIds,c=o?.side==="left"?[o.index]:n,d=o?.side==="right"?[o.index]:n;for(let u of s.heads){let p=u*e*e;for(let m of c){if(a&&l[m]!==a[0])continue;let y=p+m*e;for(let b of d){if(a&&l[b]!==a[1])continue;let v=r[y+b];v>=i&&v>0&&t(u,m,b,Math.min(I,Math.max(1,Math.round(v*I))))}}}}function zr(s,t,e){s.clearRect(0,0,e.width,e.height);let r=new Int32Array(I+1);Br(t,(p,m,y,b)=>r[b]++);let n=1,o=0;for(let p=I;p>=1;p--){if(o>0&&o+r[p]>Kn){n=p+1;break}o+=r[p]}let i=0;for(let p=1;p<=I;p++)i+=r[p];let a=e.leftTextRight+T/2,l=e.rightTextLeft-T/2,c=new Float64Array(t.tokens.length);for(let p of t.visible)c[p]=Qe(e,p);let d=new Map;Br(t,(p,m,y,b)=>{if(b<n)return;let v=p*(I+1)+b,F=d.get(v);F==null&&d.set(v,F=new Path2D),F.moveTo(a,c[m]),F.lineTo(l,c[y])}),s.lineWidth=1;for(let[p,m]of d){let y=Math.floor(p/(I+1)),b=p%(I+1);s.strokeStyle=re(t.headColors[y],b/I),s.stroke(m)}let u=n>1?(n-.5)/I:t.threshold;return{lines:o,overBudget:i-o,cutoff:u}}function Xn(s,t,e){if(s.measureText(t).width<=e)return t;let r=t.length;for(;r>1&&s.measureText(`${t.slice(0,r)}…`).width>e;)r--;return`${t.slice(0,r)}…`}function Yn(s,t,e){let r=[];s.font=Ur(e.fontSize),s.textBaseline="middle";let n=Et(t.filter);for(let o of["left","right"]){s.textAlign=o==="left"?"right":"left";let i=o==="left"?e.leftTextRight:e.rightTextLeft;for(let a of t.visible){let l=Qe(e,a),c=t.active?.side===o&&t.active.index===a;if(c){let m=o==="left"?i-e.textWidth-2:i-2;s.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",s.fillRect(m,l-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let d=n?n[o==="left"?0:1]:null,u=d!=null&&t.segmentIds[a]!==d;s.fillStyle=u?"#bdc1c6":c?"#202124":"#3c4043";let p=Xn(s,t.labels[a],e.textWidth);s.fillText(p,i,l),o==="left"&&r.push(p)}}return r}function Zn(s,t,e){let r=t.active;if(r==null)return;let n=t.tokens.length,o=e.squareSize,i=r.side==="right";for(let a of t.visible){let[l,c]=i?[a,r.index]:[r.index,a];if(!Gn(t,l,c))continue;let d=Qe(e,a);t.heads.forEach((u,p)=>{let m=t.weights[u*n*n+l*n+c],y=i?e.leftTextRight-e.textWidth-T-(p+1)*(o+1):e.rightTextLeft+e.textWidth+T+p*(o+1);s.fillStyle=re(t.headColors[u],Math.min(1,m)),s.fillRect(y,d-o/2,o,o)})}}function Vr(s,t,e){s.clearRect(0,0,e.width,e.height);let r=Yn(s,t,e);return Zn(s,t,e),r}function Kr(s,t,e,r){for(let n of[s,t])n.style.width=`${e.width}px`,n.style.height=`${e.height}px`;s.width=e.width,s.height=e.height,t.width=Math.round(e.width*r),t.height=Math.round(e.height*r),t.getContext("2d").setTransform(r,0,0,r,0,0)}function Wr(s,t,e,r){let n=Math.floor((r-t.top)/t.rowHeight);if(n<0||n>=s.visible.length)return null;let o=(t.leftTextRight+t.rightTextLeft)/2,i=e<o?"left":"right",a=s.numHeads*(t.squareSize+1)+T;return(i==="left"?e>=t.leftTextRight-t.textWidth-a&&e<=t.leftTextRight+T:e>=t.rightTextLeft-T&&e<=t.rightTextLeft+t.textWidth+a)?{side:i,index:s.visible[n]}:null}function Qr(s,t,e){return e<0||e>=s.rowOf.length||s.rowOf[e]<0?null:{x:t==="left"?s.leftTextRight-10:s.rightTextLeft+10,y:Qe(s,e)}}var Jn=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],Gr=[.01,.02,.05,.1,.2],Tt=class extends ${constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.sceneKey="";this.drawnWeights=null;this.labelsDrawn=[];this.fullLines=null;this.fullResult=null;this.resizeObserver=null;this.laidOut=null;this.emptyMessage="Select an example to see its attention.";this.onFocus=e=>{this.applyFocus(e.detail,!0)};this.onMouseMove=e=>{let r=this.tokenAt(e),n=(o,i)=>o?.side===i?.side&&o?.index===i?.index;this.pinned==null&&!n(r,this.hovered)&&(this.hovered=r,this.repaintActive()),this.showTooltip(e,r)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let r=this.tokenAt(e),n=r&&this.pinned&&r.side===this.pinned.side&&r.index===this.pinned.index;this.pinned=r==null||n?null:r,this.hovered=r};this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=Gr[0],this.pinned=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static shouldDisplayModule(e){return We(e)}static{this.styles=x(Dr)}static{this.properties={layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0}}}connectedCallback(){super.connectedCallback(),E.addEventListener(z,this.onFocus),E.focus?.model===this.model&&this.applyFocus(E.focus,!1)}disconnectedCallback(){super.disconnectedCallback(),E.removeEventListener(z,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e,r){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.reload()),r&&this.scrollIntoView({block:"nearest"}))}inputsChanged(){this.pinned=null}async load([e]){let r=G(this.appState.currentModelInfos[this.model]);if(r==null)throw new Error(`Model '${this.model}' returns no attention.`);return performance.mark("lit-ext:head-view:request"),te(this.apiService,this.appState.currentDataset,this.model,r,e,[this.layer])}accept(e){if(performance.mark("lit-ext:head-view:data",{detail:{tokens:e.tokens.length}}),e.allLayers&&!e.allLayers.includes(this.layer)&&(this.layer=e.allLayers[0],!e.layers.has(this.layer))){this.reload();return}let r=this.data!=null&&this.data.numHeads!==e.numHeads,n=this.data==null&&this.selectedHeads.length===0;(r||n||this.selectedHeads.some(o=>o>=e.numHeads))&&(this.selectedHeads=Array.from({length:e.numHeads},(o,i)=>i)),this.data=e,this.requestUpdate()}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.reload()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(r=>r!==e):[...this.selectedHeads,e].sort((r,n)=>r-n)}soloHead(e){let r=this.data?.numHeads??0,n=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=n?Array.from({length:r},(o,i)=>i):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,r=e?.allLayers??[...e?.layers.keys()??[]],n=l=>this.setLayer(Number(l.target.value)),o=l=>{this.filter=l.target.value},i=l=>{this.threshold=Number(l.target.value)},a=l=>{this.hideSpecial=l.target.checked,this.pinned=null};return h`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${n} ?disabled=${!r.length}>
            ${r.map(l=>h`<option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        ${this.isPair?h`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${o}>
              ${Jn.map(([l,c])=>h`
                <option value=${l} ?selected=${l===this.filter}>${c}</option>`)}
            </select>
          </label>`:f}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${i}>
            ${Gr.map(l=>h`
              <option value=${l} ?selected=${l===this.threshold}>${l}</option>`)}
          </select>
        </label>
        <label title=${De}><input type="checkbox" class="hide-special"
            .checked=${this.hideSpecial} @change=${a}>Hide special tokens</label>
      </div>
      ${e?this.renderHeads(e.numHeads):f}`}renderHeads(e){let r=()=>{this.selectedHeads=Array.from({length:e},(n,o)=>o)};return h`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(n,o)=>{let i=this.selectedHeads.includes(o),a=A(o);return h`
            <button class="head-chip ${i?"on":""}" data-head=${o}
                style="--head-color: ${a}" aria-pressed=${i}
                title="Head ${o}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(o)} @dblclick=${()=>this.soloHead(o)}>
              ${o}
            </button>`})}
        <button class="hairline-button" @click=${r}>All</button>
        <button class="hairline-button" @click=${()=>this.selectedHeads=[]}>None</button>
      </div>`}renderData(){return h`
      <div class="hint legend">${this.legendText()}<span class="line-stats"></span></div>
      <div class="canvas-stack">
        <canvas class="lines"></canvas>
        <canvas class="labels" @mousemove=${this.onMouseMove}
            @mouseleave=${this.onMouseLeave} @click=${this.onCanvasClick}></canvas>
      </div>
      <div class="tooltip" hidden></div>`}legendText(){return`Left: attending tokens; right: attended tokens. ${this.pinned?"Click the pinned token again (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it."}`}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let r=Math.floor(e.clientWidth-16);r>0&&r!==this.canvasWidth&&(this.canvasWidth=r,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.observeWidth(),this.redraw()}buildScene(){let e=this.data,r=e?.layers.get(this.layer);if(e==null||r==null)return null;let n=e.tokens.map((o,i)=>i).filter(o=>!this.hideSpecial||!e.specialTokens[o]);return{tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:r,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(o,i)=>A(i)),visible:n,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null}}canvases(){let e=this.renderRoot.querySelector("canvas.lines"),r=this.renderRoot.querySelector("canvas.labels");return e&&r?[e,r]:null}redraw(){let e=this.buildScene();this.scene=e;let r=this.canvases();if(e==null||r==null||this.canvasWidth<=0)return;let[n,o]=r,i=[this.layer,e.heads.join(","),e.filter,e.threshold,e.visible.length,this.canvasWidth].join("|");if(i!==this.sceneKey||e.weights!==this.drawnWeights||n!==this.laidOut||this.geometry==null){this.sceneKey=i,this.laidOut=n,this.drawnWeights=e.weights,this.fullLines=null,this.fullResult=null;let a=jr(o.getContext("2d"),e,this.canvasWidth);this.geometry=a,Kr(n,o,a,window.devicePixelRatio||1)}this.paint()}paint(){let e=this.canvases(),r=this.scene,n=this.geometry;if(e==null||r==null||n==null)return;let[o,i]=e,a=o.getContext("2d"),l;if(r.active==null&&this.fullLines&&this.fullResult)a.clearRect(0,0,n.width,n.height),a.drawImage(this.fullLines,0,0),l=this.fullResult;else{if(r.active!=null&&this.fullLines==null&&this.fullResult!=null){let d=document.createElement("canvas");d.width=o.width,d.height=o.height,d.getContext("2d").drawImage(o,0,0),this.fullLines=d}l=zr(a,r,n),r.active==null&&(this.fullResult=l)}this.labelsDrawn=Vr(i.getContext("2d"),r,n),this.describeLines(l);let c=r.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:c,lines:l.lines}})})}describeLines(e){Object.assign(this.dataset,{source:this.data?.source??"",layer:String(this.layer),filter:this.scene?.filter??"",heads:this.scene?.heads.join(",")??"",tokens:String(this.scene?.tokens.length??0),lines:String(e.lines),hiddenLines:String(e.overBudget),active:this.scene?.active?`${this.scene.active.side}:${this.scene.active.index}`:""});let r=this.renderRoot.querySelector(".line-stats");if(r==null)return;let n=e.lines.toLocaleString("en-US");r.textContent=e.overBudget>0?`${n} strongest lines drawn (weights ≥ ${e.cutoff.toFixed(3)}); ${e.overBudget.toLocaleString("en-US")} weaker ones hidden to stay fast.`:`${n} lines (weights ≥ ${e.cutoff}).`}repaintActive(){this.scene!=null&&(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint())}drawnLabels(){return[...this.labelsDrawn]}tokenPosition(e,r){return this.geometry?Qr(this.geometry,e,r):null}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let r=e.target.getBoundingClientRect();return Wr(this.scene,this.geometry,e.clientX-r.left,e.clientY-r.top)}showTooltip(e,r){let n=this.renderRoot.querySelector(".tooltip");if(n==null)return;let o=e&&r?this.tooltipText(r):"";n.hidden=!o,!(!o||!e)&&(n.textContent=o,n.style.left=`${e.clientX+14}px`,n.style.top=`${e.clientY+10}px`)}tooltipText(e){let r=this.scene,n=this.data;if(r==null||n==null)return"";let o=u=>k(n,u),i=this.pinned??this.hovered,a=r.tokens.length;if(i==null||i.side===e.side){let u=e.side==="left"?"attends from":"is attended by";return`${o(e.index)}
layer ${this.layer}: ${u} the lines shown`+(this.pinned?"":`
click to pin`)}let[l,c]=i.side==="left"?[i.index,e.index]:[e.index,i.index],d=r.heads.map(u=>{let p=r.weights[u*a*a+l*a+c];return`  head ${String(u).padStart(2)}: ${p.toFixed(4)}`});return`${o(l)} → ${o(c)}, layer ${this.layer}
${d.join(`
`)}`}};w("head-view-module",Tt);function Mt(s,t,e={left:28,right:8,top:8,bottom:18}){return{width:s,height:t,left:e.left,right:s-e.right,top:e.top,bottom:t-e.bottom}}function me(s,t,e){return s.left+(t+.5)*(s.right-s.left)/e}function C(s,t){let e=Math.min(1,Math.max(0,t));return s.bottom-e*(s.bottom-s.top)}function Xr(s,t,e=.7){return e*(s.right-s.left)/t}function Yr(s,t){if(s.length!==t.length)throw new Error(`${s.length} layer predictions for ${t.length} labels.`);if(s.length===0)throw new Error("No examples to score.");let e=s[0].layers,r=e.map(()=>0),n=new Map,o=0;return s.forEach((i,a)=>{if(i.layers.length!==e.length)throw new Error(`Example ${a} has ${i.layers.length} layers, not ${e.length}.`);let l=t[a]?i.labels.indexOf(t[a]):-1;l<0||(o++,n.set(l,(n.get(l)??0)+1),i.probas.forEach((c,d)=>{W(c)===l&&r[d]++}))}),{layers:e,correct:r,scored:o,skipped:s.length-o,accuracy:r.map(i=>o?i/o:NaN),majority:o?Math.max(...n.values())/o:NaN}}var Zr=`.panel {
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
`;var ts=8,Ge="dataset";function _t(s){return s==="embeddings"?"emb":s}function Jr(s){return[0,.5,1].map(t=>H`
    <line class="grid" x1=${s.left} x2=${s.right} y1=${C(s,t)} y2=${C(s,t)}></line>
    <text class="tick" x=${s.left-4} y=${C(s,t)+3} text-anchor="end">${t}</text>`)}function en(s,t){return t.map((e,r)=>H`
    <text class="tick" x=${me(s,r,t.length)} y=${s.bottom+12}
        text-anchor="middle">${_t(e)}</text>`)}function tn(s){return[s.left,s.right,s.top,s.bottom].join(",")}var It=class extends ${constructor(){super();this.run=new _(()=>this.requestUpdate());this.emptyMessage="Select examples to see their prediction layer by layer.";this.accuracy=null}static{this.title="Layer Predictions"}static{this.infoMarkdown="When does the label appear? The model's own classification head applied to each layer's hidden state at the pooling position ([CLS], <s>), from the embeddings up; the last layer's row is the model's prediction. Per selected example: the probability of each class by layer. Over the dataset: the accuracy of each layer's predicted class against the gold labels."}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return M(e,he)}static{this.styles=x(Zr)}static{this.properties={accuracy:{state:!0}}}get inputs(){return this.selectionService.selectedInputData}connectedCallback(){super.connectedCallback(),this.react(()=>[this.model,this.appState.currentDataset],()=>this.stopScoring())}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}async load(e){let r=e.slice(0,ts);return(await j(this.apiService,r,this.model,this.appState.currentDataset,he,{},{message:"Predicting layer by layer"})).map((o,i)=>({input:r[i],layers:$t(o)}))}goldField(){let e=this.appState.currentModelInfos[this.model]?.spec?.output??{};return Object.values(e).find(n=>n?.name==="MulticlassPreds")?.parent??null}async scoreDataset(){let e=this.appState.currentInputData,r=this.goldField();this.accuracy=null;let n=this.run.track(i=>j(this.apiService,e,this.model,this.appState.currentDataset,he,{},{...i,message:"Predicting layer by layer over the dataset"})),o=await this.request(Ge,n.then(i=>Yr(i.map($t),e.map(a=>r==null?null:a.data[r]))));o!=null&&(this.accuracy=o)}stopScoring(){this.run.stop(),this.accuracy=null,this.cancel(Ge)}renderControls(){let e=this.appState.currentInputData.length,r=this.run.running,[n,o]=this.run.progress??[0,e];return h`
      <div class="toolbar">
        <button class="hairline-button score-dataset" ?disabled=${r||e===0}
            @click=${()=>this.scoreDataset()}>
          Accuracy by layer over the dataset (${e} examples)</button>
        ${r?h`
          <progress class="dataset-progress" max=${o} value=${n}></progress>
          <span class="hint">${n} / ${o}</span>
          <button class="hairline-button stop" @click=${()=>this.stopScoring()}>Stop</button>`:f}
      </div>
      ${this.renderAccuracy()}`}renderAccuracy(){let e=this.renderStatus(Ge),r=this.accuracy;if(r==null)return e===f?f:h`<div class="panel">${e}</div>`;let n=Mt(Math.max(240,36*r.layers.length),120),o=r.layers.length,i=Xr(n,o),a=r.skipped?`; ${r.skipped} without a gold label the model predicts were left out`:"";return h`
      <div class="panel accuracy">
        <div class="hint">Accuracy of each layer's predicted class over ${r.scored}
          examples${a}. Dashed: the most frequent label's share (chance level).</div>
        <svg class="accuracy-chart" width=${n.width} height=${n.height}
            data-area=${tn(n)}>
          ${Jr(n)}
          ${r.accuracy.map((l,c)=>H`
            <rect class="bar" x=${me(n,c,o)-i/2} y=${C(n,l)}
                width=${i} height=${n.bottom-C(n,l)}
                data-layer=${r.layers[c]}>
              <title>${_t(r.layers[c])}: ${r.correct[c]} / ${r.scored} = ${l.toFixed(3)}</title>
            </rect>
            <text class="value" x=${me(n,c,o)} y=${C(n,l)-3}
                text-anchor="middle">${l.toFixed(2)}</text>`)}
          <line class="majority" x1=${n.left} x2=${n.right} y1=${C(n,r.majority)}
              y2=${C(n,r.majority)}>
            <title>Always predicting the most frequent label: ${r.majority.toFixed(3)}</title>
          </line>
          ${en(n,r.layers)}
        </svg>
      </div>`}renderData(e){let r=this.inputs.length-e.length,n=e[0]?.layers.labels??[];return h`
      <div class="legend">
        ${n.map((o,i)=>h`
          <span class="legend-item"><span class="swatch"
              style="background: ${A(i)}"></span>${o}</span>`)}
      </div>
      <div class="charts">
        ${e.map(o=>this.renderExample(o))}
      </div>
      ${r>0?h`<div class="hint">${r} more selected examples are not shown.</div>`:f}`}renderExample({input:e,layers:r}){let n=Mt(Math.max(200,26*r.layers.length),110),o=r.layers.length,i=Object.values(e.data).find(l=>typeof l=="string"),a=r.labels[W(r.probas[o-1])];return h`
      <figure class="example" data-id=${e.id}>
        <figcaption title=${i??e.id}>${i??e.id}</figcaption>
        <svg class="layer-chart" width=${n.width} height=${n.height}
            data-area=${tn(n)}>
          ${Jr(n)}
          ${r.labels.map((l,c)=>{let d=r.probas.map((u,p)=>[me(n,p,o),C(n,u[c])]);return H`
              <polyline class="line" stroke=${A(c)}
                  points=${d.map(u=>u.join(",")).join(" ")}></polyline>
              ${d.map(([u,p],m)=>H`
                <circle class="point" cx=${u} cy=${p} r="3" fill=${A(c)}
                    data-class=${l} data-layer=${r.layers[m]}>
                  <title>${l} at ${_t(r.layers[m])}: ${r.probas[m][c].toFixed(3)}</title>
                </circle>`)}`})}
          ${en(n,r.layers)}
        </svg>
        <div class="hint">Prediction: ${a}</div>
      </figure>`}updated(e){super.updated(e),this.dataset.accuracy=this.stateOf(Ge,this.accuracy!=null),this.dataset.charts=String(this.data?.length??0)}};w("layer-predictions-module",It);function rn(s){if(s.length===0)throw new Error("No head importance to average.");let[t]=s;for(let n of s)if(n.numLayers!==t.numLayers||n.numHeads!==t.numHeads||n.method!==t.method)throw new Error(`Head importance of different shapes or methods: ${t.numLayers}×${t.numHeads} ${t.method} and ${n.numLayers}×${n.numHeads} ${n.method}.`);let e=t.importance.map((n,o)=>n.map((i,a)=>Ve(s.map(l=>l.importance[o][a])))),r=Math.max(0,...e.flat().map(Math.abs));return{method:t.method,numLayers:t.numLayers,numHeads:t.numHeads,values:e,examples:s.length,extent:r}}function fe(s,t){return`${s}:${t}`}function Xe(s){return[...s].map(t=>t.split(":").map(Number)).sort((t,e)=>t[0]-e[0]||t[1]-e[1]).map(([t,e])=>fe(t,e)).join(",")}var Ze="head_statistics",ne={cls:"attention to [CLS]",sep:"attention to [SEP]",punctuation:"attention to punctuation",previous:"attention to the previous token",next:"attention to the next token",self:"attention to itself",entropy:"attention entropy"},Ct=Object.keys(ne),rs="entropy";function ye(s){throw new Error(`Malformed head_statistics answer: ${s}.`)}function Ye(s,t){return(typeof s!="number"||!Number.isFinite(s))&&ye(`${t} is not a number`),s}function nn(s){let t=s,e=t?.aggregate;(e==null||typeof e!="object")&&ye("no aggregate");let r=t.statistics;(!Array.isArray(r)||!r.every(a=>typeof a=="string"))&&ye("no list of statistics");let n=e.weighting;n!=="token"&&n!=="example"&&ye(`weighting ${String(n)}`);let o=e.values,i={};for(let a of r){let l=o?.[a];(!Array.isArray(l)||!l.every(c=>Array.isArray(c)))&&ye(`values of '${a}' are not [layer][head]`),i[a]=l.map((c,d)=>c.map((u,p)=>Ye(u,`${a}[${d}][${p}]`)))}return{weighting:n,statistics:r,units:t.units??{},numExamples:Ye(t.num_examples,"num_examples"),numQueries:Ye(e.num_queries,"num_queries"),uniformEntropy:Ye(e.uniform_entropy,"uniform_entropy"),values:i}}function sn(s){if(s.length===0)throw new Error("No head statistics to merge.");let[t]=s,e=a=>a.statistics.map(l=>`${l}:${a.values[l].map(c=>c.length).join(",")}`).join(" ");for(let a of s)if(a.weighting!==t.weighting||e(a)!==e(t))throw new Error(`Head statistics of different weightings or shapes: ${t.weighting} ${e(t)} and ${a.weighting} ${e(a)}.`);let r=s.map(a=>t.weighting==="token"?a.numQueries:a.numExamples),n=r.reduce((a,l)=>a+l,0),o=a=>s.reduce((l,c,d)=>l+r[d]*a(c),0)/n,i={};for(let a of t.statistics)i[a]=t.values[a].map((l,c)=>l.map((d,u)=>o(p=>p.values[a][c][u])));return{...t,values:i,numExamples:s.reduce((a,l)=>a+l.numExamples,0),numQueries:s.reduce((a,l)=>a+l.numQueries,0),uniformEntropy:o(a=>a.uniformEntropy)}}function Pt(s,t){return t===rs?s.uniformEntropy:1}var ge=[[160,160,160],[33,145,140],[68,1,84]];function Lt(s,t){let r=(t>0?Math.min(1,Math.max(0,s/t)):0)*(ge.length-1),n=Math.min(ge.length-2,Math.floor(r)),o=r-n;return[0,1,2].map(i=>Math.round(ge[n][i]+(ge[n+1][i]-ge[n][i])*o))}var on=`.grid {
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
`;function ss(s){let t=Math.abs(s).toFixed(3);return Number(t)===0?t:`${s>0?"+":"−"}${t}`}function an(s,t){return h`
    <td class="num" data-col=${s} data-value=${t} title=${t.toPrecision(6)}>
      <span class="bar" style="width: ${Math.round(48*t)}px"></span>${t.toFixed(3)}</td>`}function ln(s){let t=W(s.probas),e=W(s.probasAblated),r=s.heads.length===0?"No head is switched off.":t===e?`The prediction stays ${s.labels[t]}.`:`The prediction changes: ${s.labels[t]} → ${s.labels[e]}.`;return h`
    <table class="prediction-change">
      <thead>
        <tr><th>Class</th><th class="num">Full model</th><th class="num">Heads off</th>
          <th class="num">Δ</th></tr>
      </thead>
      <tbody>
        ${s.labels.map((n,o)=>h`
          <tr data-class=${n} class=${o===e?"predicted":""}>
            <td>${n}</td>
            ${an("before",s.probas[o])}
            ${an("after",s.probasAblated[o])}
            <td class="num delta" data-col="delta">${ss(s.probasAblated[o]-s.probas[o])}</td>
          </tr>`)}
      </tbody>
    </table>
    <div class="verdict ${t===e?"":"changed"}">${r}</div>`}var Je=class{constructor(t,e){this.context=t;this.onChange=e;this.statistic=null;this.scope="selection";this.aggregate=null;this.aggregateKey="";this.runKey="";this.error=null;this.seq=0;this.run=new _(e)}get paintKey(){return this.statistic&&this.aggregate?`${this.statistic}\0${this.aggregateKey}`:""}get state(){return this.statistic==null?"off":this.run.running?"loading":this.error?"error":this.aggregate?"ready":"empty"}setStatistic(t){this.statistic=t,this.refresh()}setScope(t){this.scope=t,this.refresh()}async refresh(){if(this.statistic==null){this.seq++,this.run.stop();return}let{api:t,model:e,dataset:r,selected:n,all:o}=this.context(),i=this.scope==="dataset"?o:n,a=[e,r,...i.map(c=>c.id)].join("\0");if(a===this.runKey&&this.run.running)return;let l=++this.seq;if(a===this.aggregateKey&&this.aggregate){this.run.stop(),this.onChange();return}if(this.aggregate=null,this.aggregateKey="",this.error=null,i.length===0){this.run.stop(),this.onChange();return}this.runKey=a;try{let c=await this.run.track(d=>Re(t,i,e,r,Ze,{weighting:"token"},{...d,message:"Computing head statistics"}));if(l!==this.seq)return;this.aggregate=sn(c.map(nn)),this.aggregateKey=a}catch(c){if(l!==this.seq||c?.name==="AbortError")return;this.error=Le(c)}this.onChange()}stop(){this.run.stop()}color(t,e){let r=this.valueOf(t,e);return r==null?null:Lt(r,Pt(this.aggregate,this.statistic))}describe(t,e){let r=this.valueOf(t,e);if(r==null)return"";let n=this.aggregate.units[this.statistic]??"";return`, ${ne[this.statistic]??this.statistic} ${r.toFixed(4)} ${n}`}valueOf(t,e){if(this.statistic==null||this.aggregate==null)return null;let r=this.aggregate.values[this.statistic];if(r==null)throw new Error(`The server's head statistics have no '${this.statistic}'.`);return r[t]?.[e]??null}renderLegend(){if(this.statistic==null)return f;let{selected:t,all:e}=this.context(),r=this.run.progress,n=this.aggregate,o=ne[this.statistic]??this.statistic,i=f;if(n!=null){let a=Pt(n,this.statistic),l=[0,.25,.5,.75,1].map(u=>R(Lt(u*a,a))),c=n.units[this.statistic]??"",d=this.statistic==="entropy"?" (uniform attention)":"";i=h`
        <span class="hint statistic-summary">${o}, mean over ${n.numQueries} tokens
          of ${n.numExamples} example${n.numExamples===1?"":"s"}:</span>
        <span class="statistic-scale">0
          <span class="ramp" style="background: linear-gradient(to right, ${l.join(", ")})">
          </span>${a.toFixed(a===1?0:2)}${d} ${c}</span>`}return h`
      <div class="panel statistic-legend">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button statistic-selection ${this.scope==="selection"?"on":""}"
              @click=${()=>this.setScope("selection")}>Selected (${t.length})</button>
          <button class="hairline-button statistic-dataset ${this.scope==="dataset"?"on":""}"
              @click=${()=>this.setScope("dataset")}>All ${e.length} examples</button>
        </span>
        ${r?h`
          <progress max=${r[1]} value=${r[0]}></progress>
          <span class="hint">${r[0]} / ${r[1]}</span>
          <button class="hairline-button stop" @click=${()=>this.setScope("selection")}
              ?hidden=${this.scope!=="dataset"}>Stop</button>`:f}
        ${this.error?h`<div class="status error" role="alert">${this.error}</div>`:f}
        ${t.length===0&&this.scope==="selection"?h`<span class="hint">Select examples, or use all of them.</span>`:i}
      </div>`}};function cn(s,t,e,r,[n,o,i]){let a=Math.min(r,s.width),l=new Float32Array(a*a),c=e*r*r;for(let m=0;m<r;m++){let y=Math.floor(m*a/r)*a;for(let b=0;b<r;b++){let v=y+Math.floor(b*a/r),F=t[c+m*r+b];F>l[v]&&(l[v]=F)}}let d=new ImageData(a,a);for(let m=0;m<a*a;m++){let y=Math.sqrt(Math.min(1,l[m]));d.data[4*m]=Math.round(255+(n-255)*y),d.data[4*m+1]=Math.round(255+(o-255)*y),d.data[4*m+2]=Math.round(255+(i-255)*y),d.data[4*m+3]=255}let u=document.createElement("canvas");u.width=a,u.height=a,u.getContext("2d").putImageData(d,0,0);let p=s.getContext("2d");p.imageSmoothingEnabled=!1,p.clearRect(0,0,s.width,s.height),p.drawImage(u,0,0,s.width,s.height)}var dn=[48,72,104],X="importance",be="ablation",Rt=class extends ${constructor(){super();this.colouring=new Je(()=>({api:this.apiService,model:this.model,dataset:this.appState.currentDataset,selected:this.selectionService.selectedInputData,all:this.appState.currentInputData}),()=>{this.statisticColours=this.colouring.paintKey,this.requestUpdate()});this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.emptyMessage="Select an example to see its attention.";this.size=dn[1],this.selected=null,this.clickAction="open",this.switchedOff=new Set,this.ablation=null,this.colorByImportance=!1,this.importanceMethod="ablation",this.importance=null,this.statisticColours=""}static{this.title="Attention: Model View"}static{this.infoMarkdown=`Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view. With "Click a head to: switch it off", clicks switch heads off (their context vectors zeroed) and the example's prediction is shown with and without them. "Colour by importance" colours each head by how much the prediction depends on it, averaged over the selected examples: ablation = the drop in the predicted class's probability when the head alone is switched off (blue: it supports the prediction, orange: it works against it); gradient = |∂L/∂ξ| for a gate ξ on the head (Michel et al. 2019). "Colour by" a head statistic (Clark et al. 2019) colours each head by where its attention goes on average over the selected examples or the whole dataset: fractions of attention on a 0–1 scale, entropy from 0 to that of uniform attention.`}static{this.numCols=6}static shouldDisplayModule(e){return We(e)}static{this.styles=x(on)}static{this.properties={size:{state:!0},selected:{state:!0},clickAction:{state:!0},switchedOff:{state:!0},ablation:{state:!0},colorByImportance:{state:!0},importanceMethod:{state:!0},importance:{state:!0},statisticColours:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectionService.selectedInputData,this.model],()=>{this.loadImportance(),this.colouring.refresh()})}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame),this.colouring.stop()}async load([e]){let r=G(this.appState.currentModelInfos[this.model]);if(r==null)throw new Error(`Model '${this.model}' returns no attention.`);return te(this.apiService,this.appState.currentDataset,this.model,r,e,null)}inputsChanged(){this.loadAblation()}async loadAblation(){let e=this.selectedInput;if(e==null||this.switchedOff.size===0&&this.clickAction==="open"){this.cancel(be),this.ablation=null;return}let r=this.apiService.getInterpretations([e],this.model,this.appState.currentDataset,je,{heads:Xe(this.switchedOff)},"Predicting with heads switched off",!0),n=await this.request(be,r.then(([o])=>Mr(o)));n!=null&&(this.ablation=n)}async loadImportance(){let e=this.selectionService.selectedInputData;if(!this.colorByImportance||e.length===0){this.cancel(X),this.importance=null;return}let r=j(this.apiService,e,this.model,this.appState.currentDataset,Ue,{method:this.importanceMethod},{message:"Measuring head importance"}),n=await this.request(X,r.then(o=>rn(o.map(Tr))));n!=null&&(this.importance=n)}onThumbnail(e,r){if(this.clickAction==="open"){this.selected=[e,r],E.focusHead({model:this.model,layer:e,head:r});return}let n=fe(e,r),o=new Set(this.switchedOff);o.delete(n)||o.add(n),this.switchedOff=o,this.loadAblation()}switchAllOn(){this.switchedOff=new Set,this.loadAblation()}renderControls(){let e=i=>i.target.value,r=i=>{this.clickAction=e(i),this.loadAblation()},n=i=>{let a=e(i);this.colorByImportance=a===X,this.loadImportance(),this.colouring.setStatistic(Ct.includes(a)?a:null)},o=i=>{this.importanceMethod=e(i),this.loadImportance()};return h`
      <div class="toolbar">
        <label>Size
          <select class="dropdown size-select" @change=${i=>{this.size=Number(e(i))}}>
            ${dn.map(i=>h`<option value=${i} ?selected=${i===this.size}>${i}px</option>`)}
          </select>
        </label>
        ${this.hasInterpreter(je)?h`
          <label title=${"A switched-off head has its context vector zeroed before the attention output projection."}>Click a head to
            <select class="dropdown click-action" @change=${r}>
              <option value="open" ?selected=${this.clickAction==="open"}>open it in the head view</option>
              <option value="switch-off" ?selected=${this.clickAction==="switch-off"}>switch it off</option>
            </select>
          </label>`:h`<span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>`}
        ${this.renderColorBy(n)}
        ${this.colorByImportance?h`
          <select class="dropdown importance-method" @change=${o}
              title="How head importance is measured">
            ${Er.map(i=>h`
              <option value=${i} ?selected=${i===this.importanceMethod}>${i}</option>`)}
          </select>`:f}
      </div>
      ${this.renderImportanceLegend()}
      ${this.colouring.renderLegend()}
      ${this.renderAblation()}`}renderColorBy(e){let r=this.hasInterpreter(Ue),n=this.hasInterpreter(Ze);if(!r&&!n)return f;let o=this.colorByImportance?X:this.colouring.statistic??"",i=(a,l)=>h`<option value=${a} ?selected=${a===o}>${l}</option>`;return h`
      <label>Colour by
        <select class="dropdown color-by" @change=${e}>
          ${i("","head")}
          ${r?i(X,"importance"):f}
          ${n?Ct.map(a=>i(a,ne[a])):f}
        </select>
      </label>`}renderImportanceLegend(){if(!this.colorByImportance)return f;let e=this.importance,r=this.renderStatus(X,null,"Measuring head importance…");if(e==null)return h`<div class="panel">${r}</div>`;let n=e.extent,o=a=>h`<span class="swatch"
        style="background: ${R(St(a,n))}"></span>`,i=`${e.examples} selected example${e.examples===1?"":"s"}`;return h`
      <div class="panel importance-legend">
        ${r}
        <span class="hint">Head importance (${e.method}), mean over ${i}:</span>
        ${e.method==="ablation"?h`${o(-n)}−${n.toFixed(3)}`:f}
        ${o(0)}0 ${o(n)}${n.toFixed(3)}
      </div>`}renderAblation(){if(this.clickAction==="open"&&this.switchedOff.size===0)return f;let e=Xe(this.switchedOff).split(",").filter(Boolean);return h`
      <div class="panel ablation">
        <div class="ablation-heads">
          <span class="hint">${e.length?`Switched off (layer:head): ${e.join(", ")}`:"Click heads to switch them off."}</span>
          ${e.length?h`<button class="hairline-button switch-all-on"
              @click=${()=>this.switchAllOn()}>Switch all on</button>`:f}
        </div>
        ${this.renderStatus(be,null,"Predicting…")}
        ${this.ablation&&!this.errorOf(be)?ln(this.ablation):f}
      </div>`}thumbnailTitle(e,r){let n=this.colorByImportance?this.importance?.values[e]?.[r]:void 0,o=n==null?this.colouring.describe(e,r):`, importance ${n.toFixed(4)}`,i=this.clickAction==="open"?"click to open in the head view":this.switchedOff.has(fe(e,r))?"switched off: click to switch it on":"click to switch it off";return`Layer ${e}, head ${r}${o}: ${i}`}renderData(e){let r=[...e.layers.keys()].sort((o,i)=>o-i),n=Array.from({length:e.numHeads},(o,i)=>i);return h`
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${n.map(o=>h`<div class="col-label">H${o}</div>`)}
        ${r.map(o=>h`
          <div class="row-label">L${o}</div>
          ${n.map(i=>{let a=this.selected?.[0]===o&&this.selected?.[1]===i,l=this.switchedOff.has(fe(o,i));return h`
              <div class="thumb-cell ${l?"off":""}">
                <canvas class="thumb ${a?"selected":""}" width=${this.size}
                    height=${this.size} data-layer=${o} data-head=${i}
                    title=${this.thumbnailTitle(o,i)}
                    @click=${()=>this.onThumbnail(o,i)}></canvas>
              </div>`})}`)}
      </div>`}headColor(e,r){let n=this.colorByImportance?this.importance:null,o=n?.values[e]?.[r];return o!=null?St(o,n.extent):this.colouring.color(e,r)??At(A(r))}updated(e){super.updated(e),Object.assign(this.dataset,{selected:this.selected?this.selected.join(":"):"",source:this.data?.source??"",switchedOff:Xe(this.switchedOff),ablation:this.stateOf(be,this.ablation!=null),importance:this.colorByImportance?this.stateOf(X,this.importance!=null):"off",statistic:this.colouring.statistic??"",statistics:this.colouring.state}),["data","size","importance","colorByImportance","statisticColours"].some(r=>e.has(r))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(r=>{for(let n of r){let o=n.target;n.isIntersecting&&!this.drawn.has(o)&&this.pending.add(o)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(r=>this.observer.observe(r)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let r=e.tokens.length,n=performance.now();for(let o of this.pending){if(this.pending.delete(o),!o.isConnected)continue;let i=Number(o.dataset.layer),a=Number(o.dataset.head),l=e.layers.get(i);if(l!=null&&(cn(o,l,a,r,this.headColor(i,a)),this.drawn.add(o),performance.now()-n>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};w("model-view-module",Rt);var hn=new Map;async function et(s,t,e,r,n){let o=hn.get(e);if(o)return o;let i=G(r);if(i==null)throw new Error(`Model '${e}' has no 'attention' interpreter or AttentionHeads outputs, so its layers and heads are unknown.`);let a=await te(s,t,e,i,n,[0]),c={layers:a.allLayers??[...a.layers.keys()].sort((d,u)=>d-u),numHeads:a.numHeads};return hn.set(e,c),c}var un=`.query-chips {
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
`;function pn(s,t){let e=s.tokens.length,r=s.headDim,n=t*e,o=s.query.subarray(t*r,(t+1)*r),i=[],a=new Float64Array(e);for(let m=0;m<e;m++){let y=new Float32Array(r),b=0;for(let v=0;v<r;v++)y[v]=o[v]*s.key[m*r+v],b+=y[v];i.push(y),a[m]=s.scale*b}let l=s.terms.map(m=>Float64Array.from(m.values.subarray(n,n+e))),c=a.map((m,y)=>l.reduce((b,v)=>b+v[y],m)),d=Array.from({length:e},(m,y)=>s.keyAllowed?.[n+y]!==0),u=is(c,d),p=0;for(let m=0;m<e;m++)p=Math.max(p,Math.abs(u[m]-s.attention[n+m]));return{query:o,products:i,scaled:a,terms:l,sums:c,allowed:d,softmax:u,maxDiff:p}}function is(s,t){let e=-1/0;s.forEach((o,i)=>{t[i]&&(e=Math.max(e,o))});let r=s.map((o,i)=>t[i]?Math.exp(o-e):0),n=r.reduce((o,i)=>o+i,0);return r.map(o=>n>0?o/n:0)}function Ht(s){return s.startsWith("1/")?`q·k/${s.slice(2)}`:`q·k·${s}`}function tt(s){return[Ht(s.scaleLabel),...s.terms.map(t=>t.name)].join(" + ")}var mn=.001;function as(s){let t=s.toFixed(3);return Number(t)===0?0 .toFixed(3):t}function Ft(s){return Math.max(3,Math.min(12,Math.floor(256/s)))}function se(s){let t=0;for(let e=0;e<s.length;e++)t=Math.max(t,Math.abs(s[e]));return t}function Nt(s,t,e){let r=s.getContext("2d"),n=Ft(t.length);for(let o=0;o<t.length;o++)r.fillStyle=R(pe(t[o],e)),r.fillRect(o*n,0,n,s.height)}var Ot=class extends ${constructor(){super();this.rows=null;this.onFocus=e=>{let r=e.detail;r.model===this.model&&(this.layer=r.layer,this.head=r.head,this.reload())};this.emptyMessage="Select an example to see its query and key vectors.";this.onMouseMove=e=>{let r=e.composedPath()[0],n=this.data,o=this.rows;if(!(r instanceof HTMLCanvasElement)||!r.classList.contains("vec")||n==null||o==null){this.hideTooltip();return}let i=n.headDim,a=Math.min(i-1,Math.max(0,Math.floor(e.offsetX/Ft(i)))),l=r.dataset.kind,c=Number(r.dataset.row),d=o.query[a],u=`query ${k(n,this.queryIndex)}, dim ${a}
q = ${d.toFixed(4)}`;if(l!=="query"){let m=n.key[c*i+a];u=`key ${k(n,c)}, dim ${a}
q = ${d.toFixed(4)}
k = ${m.toFixed(4)}
q∘k = ${(d*m).toFixed(4)}`}let p=this.renderRoot.querySelector(".tooltip");p.textContent=u,p.hidden=!1,p.style.left=`${e.clientX+14}px`,p.style.top=`${e.clientY+10}px`};this.hideTooltip=()=>{let e=this.renderRoot.querySelector(".tooltip");e&&(e.hidden=!0)};this.shape=null,this.layer=0,this.head=0,this.queryIndex=-1}static{this.title="Neurons: Query × Key"}static{this.infoMarkdown="For one layer, head and query token: every key vector, q∘k, the scaled score q·k/√d (or the model's own scale, e.g. q·k/√(3d) for DeBERTa), one column per term the model adds before the softmax (DeBERTa's content→position and position→content, MPNet's relative position bias; hover a column header or read the notes under the check for what each is), their sum, and the softmax over the keys the query may attend to (masked keys get 0). The view checks that this softmax equals the model's attention. q and k are shown after the model's position transform (rotary for ModernBERT). Blue = positive, orange = negative."}static{this.numCols=12}static shouldDisplayModule(e){return M(e,Oe)}static{this.styles=x(un)}static{this.properties={shape:{state:!0},layer:{state:!0},head:{state:!0},queryIndex:{state:!0}}}connectedCallback(){super.connectedCallback(),E.addEventListener(z,this.onFocus)}disconnectedCallback(){super.disconnectedCallback(),E.removeEventListener(z,this.onFocus)}inputsChanged(){this.queryIndex=-1}async load([e]){let r=this.apiService,n=this.appState.currentDataset,o=this.model,i=await et(r,n,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers.includes(this.layer)?this.layer:i.layers[0],l=this.head<i.numHeads?this.head:0,[c]=await r.getInterpretations([e],o,n,Oe,{layer:a,head:l},"Fetching query/key vectors",!0);return kr(c)}accept(e){this.data=e,this.layer=e.layer,this.head=e.head;let r=e.tokens.length;if(this.queryIndex<0||this.queryIndex>=r){let n=e.specialTokens.findIndex(o=>!o);this.queryIndex=Math.max(0,n)}}setLayerHead(e,r){this.layer=e,this.head=r,this.reload()}renderControls(){let e=this.shape,r=this.data,n=r?.displayTokens??[],o=l=>this.setLayerHead(Number(l.target.value),this.head),i=l=>this.setLayerHead(this.layer,Number(l.target.value)),a=l=>{this.queryIndex=Number(l.target.value)};return h`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${o} ?disabled=${!e}>
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
          <select class="dropdown query-select" @change=${a} ?disabled=${!n.length}>
            ${n.map((l,c)=>h`
              <option value=${c} ?selected=${c===this.queryIndex}
                  title=${k(r,c)}>${c}: ${l}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${R(pe(1,1))}"></span>positive
          <span class="swatch" style="background: ${R(pe(-1,1))}"></span>negative
        </span>
      </div>`}renderQueryChips(e){return h`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${e.displayTokens.map((r,n)=>h`
          <button class="chip ${n===this.queryIndex?"selected":""}" data-index=${n}
              role="option" aria-selected=${n===this.queryIndex} title=${k(e,n)}
              @click=${()=>this.queryIndex=n}>${r}</button>`)}
      </div>`}renderCheck(e,r){let n=r.allowed.filter(l=>l).length,o=n<r.allowed.length?` over the ${n} allowed keys`:"",i=`softmax(${tt(e)})${o}`;if(r.maxDiff<mn)return h`<span class="check ok">${i} equals the model's attention (max |Δ| ${r.maxDiff.toExponential(1)})</span>`;let a=Number.isFinite(r.maxDiff)?`by up to ${r.maxDiff.toFixed(4)}`:"(a value is not a number)";return h`<span class="check bad">${i} differs from the model's attention ${a}: these columns do not explain this head.</span>`}renderNotes(e,r){let n=r.allowed.length-r.allowed.filter(i=>i).length,o=[...e.positionTransform?[`q and k are shown after the ${e.positionTransform} position transform.`]:[],...e.terms.map(i=>`${i.label} (${i.name}): ${i.description}.`),...n?[`${n} key${n===1?" is":"s are"} masked for this query: the model does not let it attend to them (probability 0).`]:[]];return o.length?h`<ul class="notes hint">${o.map(i=>h`<li>${i}</li>`)}</ul>`:f}renderSigned(e,r,n){return h`
      <td class="num" data-col=${e} title=${r.toFixed(6)}>
        <span class="bar signed" style="width: ${28*Math.abs(r)/n}px; background: ${R(pe(r,n))}"></span>${as(r)}</td>`}renderTable(e,r){let n=e.headDim*Ft(e.headDim),o=e.tokens.length,i=Math.max(se(r.scaled),...r.terms.map(se),se(r.sums))||1,a=e.terms.length>0,l=(c,d)=>h`
        <canvas class="vec" data-kind=${c} data-row=${d??f} width=${n}
            height="12" style="width: ${n}px"></canvas>`;return h`
      <div class="summary">
        Layer ${e.layer}, head ${e.head}, d = ${e.headDim}; query
        <b class="mono" title=${k(e,this.queryIndex)}>${e.displayTokens[this.queryIndex]}</b> (#${this.queryIndex}).
        ${this.renderCheck(e,r)}
      </div>
      ${this.renderNotes(e,r)}
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num" title="q·k times the model's scale, ${e.scaleLabel}">${Ht(e.scaleLabel)}</th>
            ${e.terms.map(c=>h`
              <th class="num term" title="${c.name}: ${c.description}">${c.label}</th>`)}
            ${a?h`
              <th class="num" title="${tt(e)}: the score the softmax takes">sum</th>`:f}
            <th class="num" title="softmax over the keys this query may attend to">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td>${l("query")}</td>
            <td colspan=${3+e.terms.length+(a?1:0)}></td>
          </tr>
        </thead>
        <tbody>
          ${e.displayTokens.map((c,d)=>{let u=r.softmax[d],p=[d===this.queryIndex?"is-query":"",r.allowed[d]?"":"masked"].join(" ");return h`
              <tr class=${p} data-key=${d}>
                <td class="token-col mono" title=${k(e,d)}>${c}</td>
                <td>${l("key",d)}</td>
                <td>${l("product",d)}</td>
                ${this.renderSigned("scaled",r.scaled[d],i)}
                ${e.terms.map((m,y)=>this.renderSigned(`term:${m.name}`,r.terms[y][d],i))}
                ${a?this.renderSigned("sum",r.sums[d],i):f}
                ${r.allowed[d]?h`
                  <td class="num" data-col="softmax" title=${`softmax ${u.toFixed(6)}; model attention ${e.attention[this.queryIndex*o+d].toFixed(6)}`}>
                    <span class="bar" style="width: ${40*u}px"></span>${u.toFixed(3)}</td>`:h`<td class="num masked-cell" data-col="softmax"
                      title="masked: this query may not attend to this key (probability 0)"
                      >masked</td>`}
              </tr>`})}
        </tbody>
      </table>`}renderData(e){let r=this.queryIndex>=0&&this.queryIndex<e.tokens.length;return this.rows=r?pn(e,this.queryIndex):null,this.rows==null?f:h`
      <div @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
        ${this.renderQueryChips(e)}${this.renderTable(e,this.rows)}
        <div class="tooltip" hidden></div>
      </div>`}updated(e){super.updated(e);let r=this.data,n=this.rows;if(r==null||n==null||this.errorOf()!=null)return;let o=Math.max(se(r.key),se(n.query)),i=Math.max(...n.products.map(se))||1;for(let a of this.renderRoot.querySelectorAll("canvas.vec")){let l=a.dataset.kind,c=Number(a.dataset.row),d=r.headDim;l==="query"&&Nt(a,n.query,o),l==="key"&&Nt(a,r.key.subarray(c*d,(c+1)*d),o),l==="product"&&Nt(a,n.products[c],i)}Object.assign(this.dataset,{layer:String(r.layer),head:String(r.head),query:String(this.queryIndex),queryToken:r.displayTokens[this.queryIndex],rows:String(r.tokens.length),headDim:String(r.headDim),maxDiff:n.maxDiff.toExponential(2),check:n.maxDiff<mn?"ok":"bad",formula:tt(r),masked:String(n.allowed.filter(a=>!a).length)})}};w("neuron-view-module",Ot);var fn=`.factor-picker {
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
`;var cs=Array.from({length:16},(s,t)=>t+1);function ds(s){let t=s.tokens.length;return Array.from({length:s.k},(e,r)=>{let n=0;for(let o=0;o<t;o++)n=Math.max(n,s.factors[r*t+o]);return n})}var qt=class extends ${constructor(){super();this.emptyMessage="Select an example to factorise its neurons.";this.shape=null,this.k=8,this.fromLayer=0,this.toLayer=-1,this.excludeSpecial=!0,this.factor=null}static{this.title="NMF: Neuron Factors"}static{this.infoMarkdown="Non-negative matrix factorisation of the FFN neuron activations (Ecco's method): k factors of neurons that fire together, how strongly each token activates them, and which neurons and layers make up each factor."}static{this.numCols=12}static shouldDisplayModule(e){return M(e,qe)}static{this.styles=x(fn)}static{this.properties={shape:{state:!0},k:{state:!0},fromLayer:{state:!0},toLayer:{state:!0},excludeSpecial:{state:!0},factor:{state:!0}}}async load([e]){let r=this.apiService,n=this.appState.currentDataset,o=this.model,i=await et(r,n,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers[i.layers.length-1],l=this.toLayer<0||this.toLayer>a?a:this.toLayer,c=Math.min(this.fromLayer,l),d={n_components:this.k,from_layer:c,to_layer:l+1,exclude_special_tokens:this.excludeSpecial},[u]=await r.getInterpretations([e],o,n,qe,d,"Factorising neuron activations",!0);return Ar(u)}accept(e){this.fromLayer=e.layers[0],this.toLayer=e.layers[e.layers.length-1],this.data=e,this.factor!=null&&this.factor>=e.k&&(this.factor=null)}renderControls(){let e=this.shape?.layers??[],r=e.length?e[e.length-1]:-1,n=this.toLayer<0||this.toLayer>r?r:this.toLayer,o=a=>Number(a.target.value),i=a=>{a(),this.reload()};return h`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${a=>i(()=>this.k=o(a))}>
            ${cs.map(a=>h`<option value=${a} ?selected=${a===this.k}>${a}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.fromLayer=o(a),this.toLayer=Math.max(n,this.fromLayer)})}>
            ${e.map(a=>h`<option value=${a} ?selected=${a===this.fromLayer}>${a}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.toLayer=o(a),this.fromLayer=Math.min(this.fromLayer,this.toLayer)})}>
            ${e.map(a=>h`<option value=${a} ?selected=${a===n}>${a}</option>`)}
          </select>
        </label>
        <label title=${De}><input type="checkbox" class="special-toggle"
            .checked=${this.excludeSpecial}
            @change=${a=>i(()=>{this.excludeSpecial=a.target.checked})}>Leave out special tokens</label>
        ${this.data?h`<span class="hint">Reconstruction error ${(this.data.reconstructionError*100).toFixed(1)}%</span>`:f}
      </div>`}renderFactorPicker(e){let r=n=>()=>{this.factor=this.factor===n?null:n};return h`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor==null?"on":""}" @click=${r(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length:e.k},(n,o)=>h`
          <button class="factor-chip ${this.factor===o?"on":""}" data-factor=${o}
              style="--factor-color: ${A(o)}" @click=${r(o)}
              title="Tint tokens by factor ${o} alone">F${o}</button>`)}
      </div>`}renderSentence(e,r){let n=e.tokens.length;return h`
      <div class="sentence">
        ${e.displayTokens.map((o,i)=>{if(!e.tokenMask[i])return h`<span class="token excluded" title="${k(e,i)}: not factorised">${o}</span>`;let a=this.factor;if(a==null){a=0;for(let d=1;d<e.k;d++)e.factors[d*n+i]>e.factors[a*n+i]&&(a=d)}let l=e.factors[a*n+i],c=r[a]>0?Math.max(.08,l/r[a]):0;return h`<span class="token" data-factor=${a}
              style="background: ${re(A(a),c*.85)}"
              title="${k(e,i)}: factor ${a} ${l.toFixed(4)}">${o}</span>`})}
      </div>`}renderHeatmap(e,r){let n=e.tokens.length,o=Array.from({length:e.k},(i,a)=>a);return h`
      <div class="heatmap" style="--tokens: ${n}">
        <div></div>
        ${e.displayTokens.map((i,a)=>h`
          <div class="col-label ${e.tokenMask[a]?"":"excluded"}"
              title=${k(e,a)}>${i}</div>`)}
        ${o.map(i=>h`
          <div class="row-label ${this.factor===i?"on":""}"
              @click=${()=>this.factor=this.factor===i?null:i}>F${i}</div>
          ${e.tokens.map((a,l)=>{let c=e.factors[i*n+l],d=r[i]>0?c/r[i]:0;return h`<div class="cell" title="factor ${i}, ${k(e,l)}: ${c.toFixed(4)}"
                style="background: ${re(A(i),d)}"></div>`})}`)}
      </div>`}renderFactorCards(e){return h`
      <div class="cards">
        ${e.topNeurons.map((r,n)=>{let o=e.layerShare[n],i=Math.max(...o,1e-9);return h`
            <div class="card ${this.factor===n?"on":""}" data-factor=${n}
                style="--factor-color: ${A(n)}">
              <div class="card-title"><span class="swatch"></span>Factor ${n}</div>
              <div class="card-section">Layer share</div>
              <div class="shares">
                ${e.layers.map((a,l)=>h`
                  <div class="share" title="layer ${a}: ${(o[l]*100).toFixed(1)}%">
                    <div class="share-bar" style="height: ${24*o[l]/i}px"></div>
                    <div class="share-label">${a}</div>
                  </div>`)}
              </div>
              <div class="card-section">Top neurons (layer·unit, loading)</div>
              <ol class="neurons mono">
                ${r.map(a=>h`
                  <li>L${a.layer}·${a.index}<span class="loading">${a.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`})}
      </div>`}renderData(e){let r=ds(e);return h`
      ${this.renderFactorPicker(e)}
      ${this.renderSentence(e,r)}
      ${this.renderHeatmap(e,r)}
      ${this.renderFactorCards(e)}`}updated(e){super.updated(e);let r=this.data;r!=null&&Object.assign(this.dataset,{k:String(r.k),tokens:String(r.tokens.length),layers:`${r.layers[0]}-${r.layers[r.layers.length-1]}`,factor:this.factor==null?"":String(this.factor)})}};w("nmf-module",qt);
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
