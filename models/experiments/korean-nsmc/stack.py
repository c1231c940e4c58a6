import numpy as np
from common import *
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import SGDClassifier, LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.metrics import accuracy_score, f1_score
from sklearn.preprocessing import normalize
import scipy.sparse as sp
kx,ky=kote("val")
hv=HashingVectorizer(analyzer="char_wb",ngram_range=(1,3),n_features=2**18,alternate_sign=False,norm=None)
X=hv.transform(kx); X.data=1+np.log(X.data); X=normalize(X)
skf=StratifiedKFold(5,shuffle=True,random_state=7)
def oof_sgd(X,alpha=3e-5):
    out=np.zeros((len(ky),7))
    for tr,te in skf.split(X,ky):
        m=SGDClassifier(loss="log_loss",alpha=alpha,max_iter=30,tol=None,random_state=0).fit(X[tr],ky[tr])
        out[te]=m.predict_log_proba(X[te])
    return out
def rep(name,z):
    p=z.argmax(1); print(name,round(accuracy_score(ky,p),4),round(f1_score(ky,p,average="macro"),4),flush=True)
lr=oof_sgd(X); rep("char LR",lr)
S=np.load(OUT+"/kote_val_stars.npy"); lrs=oof_sgd(sp.hstack([X,sp.csr_matrix(0.1*S)]).tocsr()); rep("char LR + stars",lrs)
cnn=np.load(OUT+"/cnn_oof_pre.npy"); rep("CNN (NSMC-pretrained)",cnn)
def logsoft(z): z=z-z.max(1,keepdims=True); return z-np.log(np.exp(z).sum(1,keepdims=True))
for w in [0.3,0.5,0.7]:
    rep(f"mean logprob LR+stars / CNN w={w}",(1-w)*lrs+w*logsoft(cnn))
# second-level LR on concatenated OOF logits (nested CV for honesty)
Z=np.hstack([lrs,logsoft(cnn),S])
skf2=StratifiedKFold(5,shuffle=True,random_state=11)
p=cross_val_predict(LogisticRegression(C=1.0,max_iter=2000),Z,ky,cv=skf2,method="predict_proba"); rep("stack LR over (LR+stars, CNN, stars)",np.log(p+1e-9))
