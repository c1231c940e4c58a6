import time, numpy as np
from common import *
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import accuracy_score, f1_score
from sklearn.preprocessing import normalize
import scipy.sparse as sp
t=time.time()
kx,ky=kote("val")
nx,ny=nsmc()
hv=HashingVectorizer(analyzer="char_wb",ngram_range=(1,3),n_features=2**18,alternate_sign=False,norm=None)
def feats(texts):
    X=hv.transform(texts); X.data=1+np.log(X.data); return normalize(X)
NX=feats(nx)
sg=SGDClassifier(loss="log_loss",alpha=2e-7,max_iter=8,tol=None,random_state=0).fit(NX,ny)
KX=feats(kx); S=sg.decision_function(KX); np.save(OUT+"/kote_val_stars.npy",S)
print("nsmc done",time.time()-t,flush=True)
skf=StratifiedKFold(5,shuffle=True,random_state=7)
def cv(X,alpha):
    pred=np.zeros(len(ky),int)
    for tr,te in skf.split(X,ky):
        m=SGDClassifier(loss="log_loss",alpha=alpha,max_iter=30,tol=None,random_state=0,class_weight=None).fit(X[tr],ky[tr])
        pred[te]=m.predict(X[te])
    return round(accuracy_score(ky,pred),4), round(f1_score(ky,pred,average="macro"),4)
for alpha in [1e-5,3e-5]:
    print("alpha",alpha,"base",cv(KX,alpha),flush=True)
    for a in [0.1,0.3,1.0]:
        print(" a",a,"with stars",cv(sp.hstack([KX,sp.csr_matrix(a*S)]).tocsr(),alpha),flush=True)
print(time.time()-t)
